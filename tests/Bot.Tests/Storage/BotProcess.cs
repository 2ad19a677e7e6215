using System.Diagnostics;
using FakeBotApi;

namespace Bot.Tests.Storage;

/// <summary>The built bot as a real process (<c>dotnet Bot.dll</c>, or the Native AOT <paramref name="executable"/>;
/// Telegram mode against the loopback server, polling once a second, content watching off) on <paramref name="db"/>'s
/// database, its error stream handed line by line to the caller.</summary>
internal static class BotProcess
{
    public static Process Start(
        FakeTelegramServer server, TempDatabase db, Action<string> onErrorLine, IReadOnlyDictionary<string, string>? settings = null,
        string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Telegram__Token"] = "123456:TEST-TOKEN",
                ["Telegram__ApiBaseUrl"] = server.BaseUrl,
                ["Telegram__PollTimeoutSeconds"] = "1",
                ["Storage__Path"] = db.FilePath,
                ["Content__Path"] = Path.Combine(db.Folder, "content"),
                ["Content__Watch"] = "false",
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        if (executable is null) start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.dll"));
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                onErrorLine(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
