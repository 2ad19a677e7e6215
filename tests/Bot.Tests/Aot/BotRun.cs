using System.Diagnostics;
using System.Text;

namespace Bot.Tests.Aot;

/// <summary>One run of the bot as a process to its end: the Native AOT executable, or the JIT build (<c>dotnet
/// Bot.dll</c>) it is compared with. Its own database under <paramref name="folder"/>, so runs never share a lock.</summary>
internal sealed record BotRun(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static Task<BotRun> AotAsync(string folder, string input, params string[] args) =>
        RunAsync(AotFactAttribute.Binary!, [], folder, input, args);

    public static Task<BotRun> JitAsync(string folder, string input, params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Bot.dll")], folder, input, args);

    private static async Task<BotRun> RunAsync(string fileName, string[] prefix, string folder, string input, string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            Environment =
            {
                ["Storage__Path"] = Path.Combine(folder, Guid.NewGuid().ToString("N"), "bot.db"),
                ["Content__Watch"] = "false",
                ["Telegram__Token"] = "",
            },
        };
        foreach (var arg in prefix.Concat(args)) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not end within {Limit}: {await error}");
        }

        return new BotRun(process.ExitCode, await output, await error);
    }
}
