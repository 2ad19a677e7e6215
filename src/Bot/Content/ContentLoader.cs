using System.Text;
using Bot.Core.Recaps;

namespace Bot.Content;

/// <summary>Reads every <c>.md</c> page below a folder (authors' <c>README.md</c> files excepted) and parses it.
/// A file that cannot be read becomes an error diagnostic; nothing here throws for a bad file.</summary>
public static class ContentLoader
{
    // Far above any real page (the corpus tops out at 9 KB); guards the host against a stray dump.
    private const long MaxPageBytes = 16L * 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The relative paths (with <c>/</c>) of the pages below <paramref name="folder"/>, sorted ordinally.</summary>
    public static IReadOnlyList<string> PagePaths(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        return [.. Directory.EnumerateFiles(folder, "*.md", options)
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
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

        foreach (var relative in PagePaths(folder))
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
                problem = new Diagnostic(relative, 1, Severity.Error, "file-too-large", $"the file is {length / 1024 / 1024} MB; pages above 16 MB are not read");
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
