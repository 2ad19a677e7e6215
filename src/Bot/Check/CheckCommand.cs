using Bot.Content;
using Bot.Core.Catalog;
using Bot.Core.Recaps;
using Microsoft.Extensions.Configuration;

namespace Bot.Check;

/// <summary><c>check [DIR] [--json] [--strict]</c>: parses every page below DIR and reports what the bot
/// understood. Exit 0 when every file was read; 1 when a file could not be read (or, with --strict, when a page
/// has warnings); 2 for bad arguments or a missing folder.</summary>
public static class CheckCommand
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    /// <summary>Runs with the zone of <see cref="CheckConfiguration.TimeZoneKey"/>; an unknown zone is a usage error.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, IConfiguration configuration)
    {
        if (!CheckConfiguration.TryGetParserOptions(configuration, out var parserOptions, out var problem))
        {
            error.WriteLine(problem);
            return UsageError;
        }

        return Run(args, output, error, parserOptions);
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, RecapParserOptions? parserOptions = null)
    {
        if (!CheckOptions.TryParse(args, out var options, out var problem))
        {
            error.WriteLine(problem);
            return UsageError;
        }

        if (!Directory.Exists(options.Folder))
        {
            error.WriteLine($"check: the folder '{options.Folder}' does not exist (full path: {Path.GetFullPath(options.Folder)})");
            return UsageError;
        }

        var content = ContentLoader.Load(options.Folder, parserOptions);
        IReadOnlyList<Diagnostic> duplicates =
        [
            .. DuplicateEvents.Findings(content.Pages.Select(p => p.Event).OfType<Bot.Core.Events.Event>())
                .Select(f => new Diagnostic(f.SourceFile, 1, Severity.Warning, f.Code, f.Message)),
            .. IdentityReport.Findings(content),
        ];
        if (options.Json)
        {
            output.WriteLine(CheckReport.Json(content.Pages, duplicates));
        }
        else
        {
            WriteText(content, duplicates, output);
        }

        foreach (var unreadable in content.Diagnostics)
        {
            error.WriteLine(unreadable);
        }

        var warnings = content.Pages.Sum(p => p.WarningCount) + duplicates.Count;
        if (content.UnreadableCount > 0)
        {
            error.WriteLine($"check: {content.UnreadableCount} file(s) could not be read");
            return Failed;
        }

        // An unreadable front matter (or a parser failure) leaves a page without its facts: that is never fine.
        var broken = content.Pages.Where(p => p.Diagnostics.Any(d => d.Severity == Severity.Error)).ToList();
        if (broken.Count > 0)
        {
            error.WriteLine($"check: {broken.Count} page(s) with errors: {string.Join(", ", broken.Select(p => p.Source))}");
            return Failed;
        }

        if (options.Strict && warnings > 0)
        {
            error.WriteLine($"check --strict: {warnings} warning(s) in {content.Pages.Count(p => p.WarningCount > 0)} page(s)");
            return Failed;
        }

        return Ok;
    }

    private static void WriteText(LoadedContent content, IReadOnlyList<Diagnostic> duplicates, TextWriter output)
    {
        foreach (var page in content.Pages)
        {
            output.WriteLine(CheckReport.Line(page));
        }

        var findings = content.Pages.SelectMany(p => p.Diagnostics.Where(d => d.Severity >= Severity.Warning).OrderBy(d => d.Line)).Concat(duplicates).ToList();
        if (findings.Count > 0)
        {
            output.WriteLine();
            foreach (var finding in findings)
            {
                output.WriteLine(finding);
            }
        }

        var events = content.Pages.Where(p => p.IsEvent).ToList();
        output.WriteLine();
        output.WriteLine(
            $"{content.Pages.Count} page(s): {events.Count} event(s), {content.Pages.Count - events.Count} non-event(s), " +
            $"{events.Count(p => p.Event!.Start is not null)} with a start, {events.Sum(p => p.Event!.Talks.Count)} talk(s), " +
            $"{findings.Count} warning(s), {content.UnreadableCount} unreadable file(s)");
    }
}
