namespace Bot.Core.Recaps;

/// <summary>Turns one page (Hugo front matter + Markdown) into an event or a recognised non-event.
/// Pure and total: any input gives a result and diagnostics, never an exception.</summary>
public static class RecapParser
{
    public static RecapPage Parse(string markdown, string sourceName, RecapParserOptions? options = null) =>
        throw new NotImplementedException("issue #2: page-level parser");
}
