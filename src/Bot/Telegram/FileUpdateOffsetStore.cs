using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>Keeps the last handled update id in <c>telegram-offset.txt</c> in the folder of <c>Storage:Path</c>
/// (default <c>data/bot.db</c> → <c>data/</c>), written to a temporary file and renamed over, so a crash leaves
/// either the old or the new value.</summary>
internal sealed partial class FileUpdateOffsetStore(IConfiguration configuration, ILogger<FileUpdateOffsetStore> logger) : IUpdateOffsetStore
{
    public const string FileName = "telegram-offset.txt";
    private readonly SemaphoreSlim _write = new(1, 1);

    public string FilePath { get; } = Path.Combine(
        Path.GetDirectoryName(Path.GetFullPath(configuration["Storage:Path"] ?? "data/bot.db", Environment.CurrentDirectory))!, FileName);

    public async ValueTask<int?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath)) return null;
        var text = (await File.ReadAllTextAsync(FilePath, cancellationToken)).Trim();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return id;
        LogUnreadable(FilePath);
        return null;
    }

    public async ValueTask SaveAsync(int lastHandledUpdateId, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var temporary = FilePath + ".tmp";
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 256, FileOptions.WriteThrough))
            {
                await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(lastHandledUpdateId.ToString(CultureInfo.InvariantCulture)), cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, FilePath, overwrite: true);
        }
        finally
        {
            _write.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update offset file {Path} is unreadable; starting from Telegram's pending updates")]
    private partial void LogUnreadable(string path);
}
