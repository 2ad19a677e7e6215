using System.Globalization;

namespace Bot.Benchmarks.Peers;

/// <summary>What a side-by-side run does. The defaults are the full run; CI passes small numbers.</summary>
public sealed record PeersOptions
{
    public int Updates { get; init; } = 20_000;
    /// <summary>Commands answered between the cold and the warm throughput run (same closed loop, not measured), so the
    /// warm run shows the steady state: .NET's tiered JIT (with dynamic PGO) and V8 both keep recompiling hot code for
    /// tens of seconds after start. Capped by <see cref="WarmupLimit"/>.</summary>
    public int Warmup { get; init; } = 40_000;

    public TimeSpan WarmupLimit { get; init; } = TimeSpan.FromSeconds(30);
    public int Chats { get; init; } = 200;
    public int Broadcast { get; init; } = 10_000;
    /// <summary>Share of broadcast chats that are groups (negative ids, 20/min limit).</summary>
    public double GroupShare { get; init; } = 0.1;
    /// <summary>Telegram's limits scaled ×10 so a 10,000-chat broadcast takes about half a minute.</summary>
    public int OverallPerSecond { get; init; } = 300;
    public int PerChatPerSecond { get; init; } = 10;
    public int PerGroupPerMinute { get; init; } = 20;
    /// <summary>Which bots to run, in order: <c>ours-aot</c>, <c>ours-r2r</c>, <c>ours</c> (see <see cref="OurBuild"/>),
    /// <c>grammy-a</c>, <c>grammy-b</c>. Ours and grammY alternate so a burst of load elsewhere on the machine falls on
    /// both sides.</summary>
    public IReadOnlyList<string> Bots { get; init; } = [OurBuild.NativeAot, "grammy-a", OurBuild.ReadyToRun, "grammy-b"];

    /// <summary>How long each bot is left idle at the end (content loaded, polling, nothing to do), all bots at once and
    /// nothing else running; zero skips the idle phase.</summary>
    public TimeSpan Idle { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>A saved <c>check --json</c> output to use instead of running <c>check</c> (null: run it).</summary>
    public string? CatalogJson { get; init; }
    /// <summary>Extra environment for our bot's process (profiling experiments: <c>DOTNET_gcServer=0</c>).</summary>
    public IReadOnlyDictionary<string, string> OurEnvironment { get; init; } = new Dictionary<string, string>();
    /// <summary>Our ReadyToRun build's <c>Bot.dll</c> (null: the command publishes it).</summary>
    public string? OurBotDll { get; init; }
    /// <summary>Our Native AOT executable (null: the command publishes it with <c>.ci/aot --publish-only</c>).</summary>
    public string? OurAotBinary { get; init; }
    /// <summary>Where to write the report (null: print only).</summary>
    public string? ReportPath { get; init; }

    /// <summary>Under a sliding one-second window the k-th message may go ⌊k ÷ rate⌋ s after the first.</summary>
    public TimeSpan TheoreticalBroadcast => TimeSpan.FromSeconds((Broadcast - 1) / OverallPerSecond);

    public static PeersOptions Parse(IReadOnlyList<string> args, string defaultReportPath)
    {
        var options = new PeersOptions { ReportPath = defaultReportPath };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--updates" => options with { Updates = Positive(name, Value()) },
                "--chats" => options with { Chats = Positive(name, Value()) },
                "--warmup" => options with { Warmup = NonNegative(name, Value()) },
                "--broadcast" => options with { Broadcast = Positive(name, Value()) },
                "--bots" => options with { Bots = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--report" => options with { ReportPath = Value() },
                "--catalog" => options with { CatalogJson = Path.GetFullPath(Value()) },
                "--our-bot" => options with { OurBotDll = ExistingFile(name, Value()) },
                "--our-aot" => options with { OurAotBinary = ExistingFile(name, Value()) },
                "--idle" => options with { Idle = TimeSpan.FromSeconds(NonNegative(name, Value())) },
                "--our-env" => options with { OurEnvironment = WithVariable(options.OurEnvironment, Value()) },
                "--no-report" => options with { ReportPath = null },
                _ => throw new ArgumentException($"unknown option {name}; use --updates N --chats N --broadcast N [--idle SECONDS] [--bots ours-aot,grammy-a,ours-r2r,grammy-b,ours] [--catalog CHECK.json] [--our-bot PATH/Bot.dll (ReadyToRun)] [--our-aot PATH/Bot (Native AOT)] [--our-env NAME=VALUE] [--report FILE | --no-report]"),
            };
        }

        if (options.Chats > options.Updates) throw new ArgumentException("--chats must not exceed --updates");
        var unknown = options.Bots.Except(KnownBots).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"unknown bot(s) {string.Join(", ", unknown)}; use {string.Join(", ", KnownBots)}");
        return options;
    }

    private static readonly string[] KnownBots = [.. OurBuild.Keys, "grammy-a", "grammy-b"];

    private static Dictionary<string, string> WithVariable(IReadOnlyDictionary<string, string> current, string assignment)
    {
        var at = assignment.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0) throw new ArgumentException($"--our-env takes NAME=VALUE, not \"{assignment}\"");
        return new Dictionary<string, string>(current) { [assignment[..at]] = assignment[(at + 1)..] };
    }

    private static string ExistingFile(string name, string value) =>
        File.Exists(value) ? Path.GetFullPath(value) : throw new ArgumentException($"{name}: no file at \"{value}\"");

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive whole number, not \"{value}\"");

    private static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"{name} must be a whole number, not \"{value}\"");
}
