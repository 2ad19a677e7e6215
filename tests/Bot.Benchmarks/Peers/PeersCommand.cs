using System.Diagnostics;

namespace Bot.Benchmarks.Peers;

/// <summary><c>peers</c>: our bot and the grammY peer in both set-ups, one after the other, on the same loopback
/// Bot API server implementation; prints the table and writes BENCHMARKS.md.</summary>
public static class PeersCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var paths = PeerPaths.Find();
        PeersOptions options;
        try
        {
            options = PeersOptions.Parse(args, paths.Report);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return 2;
        }

        try
        {
            if (options.OurBotDll is null && options.Bots.Contains(OurBuild.ReadyToRun))
            {
                options = options with { OurBotDll = await PublishReadyToRunAsync(paths, output) };
            }

            if (options.OurAotBinary is null && options.Bots.Contains(OurBuild.NativeAot))
            {
                options = options with { OurAotBinary = await PublishNativeAotAsync(paths, output) };
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            await output.WriteLineAsync($"Could not publish our bot: {ex.Message}");
            return 1;
        }

        var run = await RunBotsAsync(paths, options, output);
        var rows = ResultsTable.Rows(run, options);
        await output.WriteLineAsync();
        await output.WriteLineAsync(ResultsTable.Text(run, rows));
        if (options.ReportPath is { } report)
        {
            var section = BenchmarksReport.Section(await MachineInfo.ReadAsync(), TimeProvider.System.GetUtcNow(), options, run);
            await BenchmarksReport.WriteAsync(report, section);
            await output.WriteLineAsync($"Written to {report}");
        }

        return run.Any(b => b.Error is not null) ? 1 : 0;
    }

    /// <summary>Everything but the printing: what the CI smoke test calls with small numbers.</summary>
    public static async Task<IReadOnlyList<BotResult>> RunBotsAsync(PeerPaths paths, PeersOptions options, TextWriter log)
    {
        if (!Directory.Exists(paths.Corpus)) throw new DirectoryNotFoundException($"The corpus is not at {paths.Corpus}.");
        if (options.Bots.Any(b => b.StartsWith("grammy", StringComparison.Ordinal))) await NodePeer.EnsureInstalledAsync(paths, log);

        var folder = Directory.CreateTempSubdirectory("bot-peers-");
        try
        {
            var catalogJson = Path.Combine(folder.FullName, "catalog.json");
            var json = options.CatalogJson is { } saved ? await File.ReadAllTextAsync(saved) : await CheckJsonAsync(paths);
            await File.WriteAllTextAsync(catalogJson, json);
            var commands = CommandWorkload.FromCheckJson(json);

            var runs = new List<(IBotUnderTest Bot, BotWorkspace Workspace, BotResult Result)>();
            foreach (var name in options.Bots)
            {
                var bot = BotUnderTest(name, options);
                var workspace = new BotWorkspace(Directory.CreateDirectory(Path.Combine(folder.FullName, name)).FullName, paths, catalogJson, options);
                await log.WriteLineAsync($"{bot.Name}:");
                runs.Add((bot, workspace, await BotRun.RunAsync(bot, workspace, commands, log)));
            }

            if (options.Idle <= TimeSpan.Zero) return [.. runs.Select(r => r.Result)];
            await log.WriteLineAsync($"idle: {string.Join(", ", runs.Where(r => r.Result.Error is null).Select(r => r.Bot.Name))} at once for {options.Idle.TotalMinutes:0.#} min …");
            return await Task.WhenAll(runs.Select(r => r.Result.Error is null ? IdleAsync(r.Bot, r.Workspace, r.Result, commands[2 % commands.Count], log) : Task.FromResult(r.Result)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IBotUnderTest BotUnderTest(string name, PeersOptions options) => name switch
    {
        OurBuild.ReadyToRun => new OurBot(new OurBuild(name, OurBuild.NameOf(name), options.OurBotDll ?? throw new InvalidOperationException("The ReadyToRun build was not published."))),
        OurBuild.NativeAot => new OurBot(new OurBuild(name, OurBuild.NameOf(name), options.OurAotBinary ?? throw new InvalidOperationException("The Native AOT build was not published."))),
        OurBuild.Plain => new OurBot(new OurBuild(name, OurBuild.NameOf(name), PeerPaths.OurBotDll)),
        "grammy-a" => new GrammyBot('a'),
        _ => new GrammyBot('b'),
    };

    private static async Task<BotResult> IdleAsync(IBotUnderTest bot, BotWorkspace workspace, BotResult result, string probe, TextWriter log)
    {
        try
        {
            var idle = await IdleScenario.RunAsync(bot, workspace, probe, workspace.Options.Idle);
            await log.WriteLineAsync($"  {bot.Name}: idle {idle.CpuPercentOfCore:0.00} % of a core, {idle.Calls} Bot API calls");
            return result with { Idle = idle };
        }
        catch (BotFailedException ex)
        {
            var error = $"{ex.Message} while idle.{Environment.NewLine}Bot output (last lines):{Environment.NewLine}{ex.OutputTail}";
            await log.WriteLineAsync($"  {bot.Name}: FAILED: {error}");
            return result with { Error = error };
        }
    }

    /// <summary>Our bot as the README deploys it on a server when no C toolchain is at hand: published ReadyToRun.
    /// (The CI smoke test runs the plain build instead: it checks correctness, not speed.)</summary>
    private static async Task<string> PublishReadyToRunAsync(PeerPaths paths, TextWriter log)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "peers-bot");
        await log.WriteLineAsync($"publishing src/Bot (Release, ReadyToRun) to {folder}");
        var publish = new ProcessStartInfo("dotnet");
        foreach (var arg in new[] { "publish", Path.Combine(paths.Root, "src", "Bot"), "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder, "-v", "q" })
        {
            publish.ArgumentList.Add(arg);
        }

        await ChildProcess.RunAsync(publish, TimeSpan.FromMinutes(15));
        return Path.Combine(folder, "Bot.dll");
    }

    /// <summary>Our bot as the README recommends deploying it: Native AOT, published by CI's own script (which also
    /// refuses a publish with trim/AOT warnings nobody vouched for). Minutes of CPU: pass <c>--our-aot</c> to reuse one.</summary>
    private static async Task<string> PublishNativeAotAsync(PeerPaths paths, TextWriter log)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "peers-aot");
        await log.WriteLineAsync($"publishing src/Bot (Release, Native AOT, .ci/aot --publish-only) to {folder}");
        var publish = new ProcessStartInfo("bash") { WorkingDirectory = paths.Root };
        foreach (var arg in new[] { Path.Combine(paths.Root, ".ci", "aot"), "--publish-only", folder }) publish.ArgumentList.Add(arg);
        await log.WriteLineAsync((await ChildProcess.RunAsync(publish, TimeSpan.FromMinutes(45))).Trim());
        return Path.Combine(folder, "Bot");
    }

    /// <summary>What the grammY peer reads: our own parser's view of the corpus (docs/PAGE-FORMAT.md §12).</summary>
    private static async Task<string> CheckJsonAsync(PeerPaths paths)
    {
        var check = new ProcessStartInfo("dotnet");
        foreach (var arg in new[] { PeerPaths.OurBotDll, "check", paths.Corpus, "--json" }) check.ArgumentList.Add(arg);
        return await ChildProcess.RunAsync(check, TimeSpan.FromMinutes(2));
    }
}
