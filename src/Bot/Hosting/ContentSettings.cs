namespace Bot.Hosting;

/// <summary>The <c>Content</c> section: where the pages are and the zone of times written on them.</summary>
public sealed class ContentSettings
{
    public const string SectionName = "Content";

    /// <summary>Relative paths are taken from the current directory (<c>--content DIR</c> on the command line).</summary>
    public string Path { get; set; } = "content";

    public string TimeZone { get; set; } = "Asia/Shanghai";

    public string FullPath => System.IO.Path.GetFullPath(Path, Environment.CurrentDirectory);
}
