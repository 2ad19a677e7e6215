using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>The people in an agenda's speaker column, which vouches for them where a bare line would not: a first name
/// alone (<c>Winter</c>), a list of them (<c>Charlie, Johnson, Nina</c>), a short name in capitals (<c>Li QC</c>,
/// <c>TU Lin</c>), a role before the name (<c>LINE Bank CTO - Leo Weng</c>), a given name before the family one
/// (<c>Chia-Ning, Kuo</c>). All or nothing: one part that is no name and the cell gives nobody.</summary>
internal static partial class SpeakerCell
{
    private static readonly string[] Separators = [", ", ",", "，", " / ", "/", "、", " & ", " and "];
    private static readonly string[] Dashes = [" - ", " – ", " — "];

    // What a speaker column says when it names nobody in particular.
    private static readonly FrozenSet<string> NoOne = FrozenSet.ToFrozenSet(
        ["All", "Everyone", "Everybody", "Various", "Guest", "Guests", "Speaker", "Speakers", "Staff", "Organizers", "Organisers",
         "Sponsors", "Attendees", "You", "Host", "Hosts", "Panel", "Panelists", "None", "TBD", "TBA", "TBC", "Members", "Folks"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a name names nobody in particular: <c>TBD</c>, <c>Everyone</c>, or a crowd (<c>LNUG members</c>).</summary>
    internal static bool IsNoOne(string name) =>
        NoOne.Contains(name) || (name.LastIndexOf(' ') is > 0 and var space && NoOne.Contains(name[(space + 1)..]));

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+, \p{Lu}\p{Ll}+$")]
    private static partial Regex GivenThenFamily();

    public static List<Speaker> People(string cell)
    {
        var text = SpeakerNotation.Tidy(cell);
        if (GivenThenFamily().IsMatch(text))
        {
            return [new Speaker(text, [])];
        }

        string? affiliation = null;
        foreach (var dash in Dashes)
        {
            var at = text.LastIndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && IsName(text[(at + dash.Length)..]) && !IsName(text[..at]))
            {
                (affiliation, text) = (text[..at].Trim(), text[(at + dash.Length)..]);
                break;
            }
        }

        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var people = new List<Speaker>(parts.Length);
        foreach (var part in parts)
        {
            if (!IsName(part))
            {
                return [];
            }

            people.Add(new Speaker(part, [], parts.Length == 1 ? affiliation : null));
        }

        return people;
    }

    private static bool IsName(string text)
    {
        if (NameRules.LooksLikeName(text))
        {
            return true;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3 || NoOne.Contains(text) || Housekeeping.IsHousekeeping(text) || NameRules.IsJobTitle(text))
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            // `Ramesh K S`, `Vivekanandan K.S.`: initials after the name, as many Indian names are written.
            var word = words[w];
            if (w > 0 && word.Count(char.IsAsciiLetterUpper) is >= 1 and <= 3 && word.All(c => char.IsAsciiLetterUpper(c) || c == '.'))
            {
                continue;
            }

            // Capitals throughout only in a short word beside another (`Li QC`): alone they spell a company (`LINE`).
            var capitals = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (word.Length < 2 || !char.IsAsciiLetterUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '-' or '\'')
                || (capitals && (word.Length > 3 || words.Length == 1)) || NameRules.IsRoleWord(word) || NoOne.Contains(word))
            {
                return false;
            }
        }

        return true;
    }
}
