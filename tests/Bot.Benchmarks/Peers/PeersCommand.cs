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

        if (options.OurBotDll is null && options.Bots.Contains(OurBot.BotName))
        {
            options = options with { OurBotDll = await PublishOurBotAsync(paths, output) };
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

            var results = new List<BotResult>();
            foreach (var name in options.Bots)
            {
                IBotUnderTest bot = name switch { "ours" => new OurBot(), "grammy-a" => new GrammyBot('a'), _ => new GrammyBot('b') };
                var botFolder = Directory.CreateDirectory(Path.Combine(folder.FullName, name)).FullName;
                await log.WriteLineAsync($"{bot.Name}:");
                results.Add(await BotRun.RunAsync(bot, new BotWorkspace(botFolder, paths, catalogJson, options), commands, log));
            }

            return results;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Our bot as the README deploys it on a server: published ReadyToRun. (The CI smoke test runs the plain
    /// build instead: it checks correctness, not speed.)</summary>
    private static async Task<string> PublishOurBotAsync(PeerPaths paths, TextWriter log)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "peers-bot");
        await log.WriteLineAsync($"publishing src/Bot (Release, ReadyToRun) to {folder}");
        var publish = new ProcessStartInfo("dotnet");
        foreach (var arg in new[] { "publish", Path.Combine(paths.Root, "src", "Bot"), "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder, "-v", "q" })
        {
            publish.ArgumentList.Add(arg);
        }

        await ChildProcess.RunAsync(publish, TimeSpan.FromMinutes(5));
        return Path.Combine(folder, "Bot.dll");
    }

    /// <summary>What the grammY peer reads: our own parser's view of the corpus (docs/PAGE-FORMAT.md §12).</summary>
    private static async Task<string> CheckJsonAsync(PeerPaths paths)
    {
        var check = new ProcessStartInfo("dotnet");
        foreach (var arg in new[] { PeerPaths.OurBotDll, "check", paths.Corpus, "--json" }) check.ArgumentList.Add(arg);
        return await ChildProcess.RunAsync(check, TimeSpan.FromMinutes(2));
    }
}
