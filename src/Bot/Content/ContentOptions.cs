namespace Bot.Content;

/// <summary>The <c>Content</c> section: where the pages are, the zone of times written on them (also the zone replies use
/// for chats that chose none), and whether the folder is watched.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>Relative paths are taken from the current directory (<c>--content DIR</c> on the command line).</summary>
    public string Path { get; set; } = "content";

    /// <summary>IANA zone id.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Re-read the folder when its pages change (the bot on Telegram; the console chat reads it once).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must be quiet before it is re-read: an editor's save is several file events.</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(1);

    public string FullPath => System.IO.Path.GetFullPath(Path, Environment.CurrentDirectory);
}
