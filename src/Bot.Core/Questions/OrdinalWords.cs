using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Questions;

/// <summary>Anniversaries as Chinese titles write them: "fifth anniversary", "5th anniversary" and "5周年" become
/// 五周年, so an English question finds a Chinese title.</summary>
internal static partial class OrdinalWords
{
    private static readonly string[] Numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

    private static readonly Dictionary<string, int> English = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
    };

    public static string Rewrite(string text) =>
        text.Contains("周年", StringComparison.Ordinal) || text.Contains("nniversar", StringComparison.OrdinalIgnoreCase)
            ? Anniversary().Replace(text, m => Chinese(m) is { } numeral ? " " + numeral + "周年 " : m.Value)
            : text;

    private static string? Chinese(Match m)
    {
        var word = m.Groups["n"].Value;
        var n = English.TryGetValue(word, out var ordinal) ? ordinal
            : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : 0;
        return n is > 0 and < 21 ? Numerals[n] : null;
    }

    [GeneratedRegex(@"(?<n>\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?:st|nd|rd|th)?(?:\s*周年|\s+anniversary|\s+anniversaries)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Anniversary();
}
