using System.Text.RegularExpressions;
using Bot.Core.Recaps.Outline;

namespace Bot.Core.Recaps;

/// <summary>The opening of a page that tells of a gathering already over (<c>We had 40 people attend our workshop last
/// weekend</c>, <c>上周六，沙龙在杭州顺利举行</c>): on a page that gives no date of its own, an account, not an invitation.</summary>
internal static partial class PastAccount
{
    // The opening only: a later paragraph of an announcement may well look back at the last meeting.
    private const int OpeningLines = 4;

    /// <summary>The first sentence of the opening that tells the event took place, or null.</summary>
    public static string? Opening(PageOutline outline)
    {
        var read = 0;
        foreach (var line in outline.Lines)
        {
            if (line.IsLinksOnly || line.Text.Length == 0)
            {
                continue;
            }

            if (Past().Match(line.Text) is { Success: true } said)
            {
                return said.Value;
            }

            if (++read == OpeningLines)
            {
                break;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:we had \d+ (?:people|attendees|participants|members)|we had (?:a |an )?(?:great|fun|lovely|good|wonderful|fantastic) (?:time|afternoon|evening|night|day|turnout)|did you (?:get|make it|come) to (?:our|the)|\d+ (?:people|attendees|participants) (?:attended|came|showed up|joined us)"
        + @"|(?:took place|was held|were held) (?:last|on|at|in)\b|(?:thanks|thank you) (?:to )?(?:everyone|all of you|all) (?:who (?:came|attended|joined)|for (?:coming|attending|joining)))"
        + @"|顺利举行|圆满举行|成功举办|成功举行|圆满落幕|圆满结束|顺利召开|已于\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Past();
}
