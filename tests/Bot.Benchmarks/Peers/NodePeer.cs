using System.Diagnostics;

namespace Bot.Benchmarks.Peers;

/// <summary>Makes sure Node 20+ is there and the peer's packages are installed from its lock file.</summary>
public static class NodePeer
{
    public static async Task EnsureInstalledAsync(PeerPaths paths, TextWriter log)
    {
        string version;
        try
        {
            version = (await ChildProcess.RunAsync(new ProcessStartInfo("node", "--version"), TimeSpan.FromSeconds(30))).Trim();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException("The grammY peer needs Node.js 20 or later on PATH (`node`), and npm to install its packages: " + ex.Message, ex);
        }

        if (!int.TryParse(version.TrimStart('v').Split('.')[0], out var major) || major < 20)
        {
            throw new InvalidOperationException($"The grammY peer needs Node.js 20 or later; `node --version` says {version}.");
        }

        if (Directory.Exists(Path.Combine(paths.GrammyPeer, "node_modules", "grammy"))) return;
        log.WriteLine($"Installing the grammY peer's packages (npm ci in {paths.GrammyPeer}) …");
        var npm = new ProcessStartInfo("npm") { WorkingDirectory = paths.GrammyPeer };
        foreach (var arg in new[] { "ci", "--ignore-scripts", "--no-audit", "--no-fund" }) npm.ArgumentList.Add(arg);
        await ChildProcess.RunAsync(npm, TimeSpan.FromMinutes(5));
    }
}
