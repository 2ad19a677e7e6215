using System.Text;
using Bot.Core.Recaps;

namespace Bot.Content;

/// <summary>Reads every <c>.md</c> page below a folder (authors' <c>README.md</c> files, hidden files and links excepted) and parses it.
/// A README alone in a folder without subfolders is that folder's page, as <c>index.md</c> is: meetup repositories keep
/// one event per folder that way (<c>52/README.md</c>).
/// A file that cannot be read becomes an error diagnostic; nothing here throws for a bad file.</summary>
public static class ContentLoader
{
    // Far above any real page (the corpus tops out at 9 KB). Parsing costs grow with the page (a megabyte of table pipes
    // takes a second and a quarter of a gigabyte), so this bounds what one file can cost every load.
    public const long MaxPageBytes = 256 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Deeper than any site's section tree; a walk never follows links, so this only bounds a hostile tree.
    private const int MaxDepth = 16;

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0, ReturnSpecialDirectories = false,
    };

    /// <summary>The relative paths (with <c>/</c>) of the pages below <paramref name="folder"/>, sorted ordinally. Only the
    /// folder's own files: symbolic links (to files or folders, inside or outside) are not followed but reported in
    /// <paramref name="skipped"/>; hidden files and folders (a leading dot: <c>.git</c>, editors' swap files) are ignored.</summary>
    public static IReadOnlyList<string> PagePaths(string folder, List<Diagnostic>? skipped = null)
    {
        var pages = new List<string>();
        Walk(new DirectoryInfo(folder), folder, 0, pages, skipped ?? []);
        return [.. pages.Order(StringComparer.Ordinal)];
    }

    private static void Walk(DirectoryInfo directory, string root, int depth, List<string> pages, List<Diagnostic> skipped)
    {
        string? readme = null;
        var others = false;
        foreach (var entry in directory.EnumerateFileSystemInfos("*", OneLevel))
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden))
            {
                continue;
            }

            if (entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                skipped.Add(new Diagnostic(relative, 1, Severity.Warning, "link-skipped",
                    "a symbolic link is not followed: only the folder's own files are pages"));
            }
            else if (entry is DirectoryInfo subfolder)
            {
                others = true;
                if (depth < MaxDepth)
                {
                    Walk(subfolder, root, depth + 1, pages, skipped);
                }
                else
                {
                    skipped.Add(new Diagnostic(relative, 1, Severity.Warning, "too-deep", $"folders deeper than {MaxDepth} levels are not read"));
                }
            }
            else if (PageId.IsPage(entry.Name))
            {
                others = true;
                pages.Add(relative);
            }
            else if (PageId.IsReadme(entry.Name))
            {
                readme = relative;
            }
        }

        if (readme is not null && !others)
        {
            pages.Add(readme);
        }
    }

    public static LoadedContent Load(string folder, RecapParserOptions? options = null)
    {
        var pages = new List<RecapPage>();
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(new Diagnostic(folder, 1, Severity.Error, "folder-missing", $"the content folder '{folder}' does not exist"));
            return new LoadedContent(pages, diagnostics);
        }

        foreach (var relative in PagePaths(folder, diagnostics))
        {
            if (TryRead(Path.Combine(folder, relative), relative, out var text, out var problem))
            {
                pages.Add(RecapParser.Parse(text, relative, options));
            }
            else
            {
                diagnostics.Add(problem!);
            }
        }

        return new LoadedContent(pages, diagnostics);
    }

    private static bool TryRead(string path, string relative, out string text, out Diagnostic? problem)
    {
        (text, problem) = ("", null);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxPageBytes)
            {
                problem = new Diagnostic(relative, 1, Severity.Error, "file-too-large", $"the file is {length / 1024} KB; pages above {MaxPageBytes / 1024} KB are not read");
                return false;
            }

            text = File.ReadAllText(path, StrictUtf8);
            return true;
        }
        catch (DecoderFallbackException)
        {
            problem = new Diagnostic(relative, 1, Severity.Error, "not-utf8", "the file is not valid UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new Diagnostic(relative, 1, Severity.Error, "unreadable", $"the file could not be read: {e.Message}");
        }

        return false;
    }
}
