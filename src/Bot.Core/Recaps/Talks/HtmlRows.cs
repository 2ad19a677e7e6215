namespace Bot.Core.Recaps.Talks;

/// <summary>The data rows of a raw <c>&lt;table&gt;</c> as cell texts: rows split at <c>&lt;tr</c>, cells at <c>&lt;td</c>,
/// tags stripped. Lenient on purpose (pages leave cells unclosed); header rows (<c>&lt;th&gt;</c> only) and one-cell rows
/// carry no agenda and are skipped.</summary>
internal static class HtmlRows
{
    public static IEnumerable<string[]> Of(string html)
    {
        foreach (var row in html.Split("<tr", StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = row.Split("<td", StringSplitOptions.None);
            if (cells.Length > 2)
            {
                yield return Array.ConvertAll(cells[1..], Outline.HtmlCells.StripTags);
            }
        }
    }
}
