namespace Bot.Core.Recaps.Speakers;

/// <summary>A roundtable's people line: <c>主持：甲；嘉宾：乙、丙</c>, <c>Host: Ken Ho; Panelists: Wing Lam, Priya Sethi</c>.
/// The host leads the panel and is no speaker (as <see cref="NameRules.IsHost"/> keeps hosts out elsewhere); the guests
/// are, without their label.</summary>
internal static class PanelLine
{
    private static readonly string[] HostLabels = ["主持人", "主持", "Moderator", "Host"];
    private static readonly string[] GuestLabels = ["嘉宾", "Panelists", "Panelist", "Guests"];
    private static readonly char[] PartSeparators = ['；', ';', '|'];

    /// <summary><paramref name="text"/> without its host part and with the guests' label dropped; the text itself when
    /// it labels no host.</summary>
    public static string WithoutHost(string text)
    {
        var parts = text.Split(PartSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !Array.Exists(parts, p => Labelled(p, HostLabels, out _)))
        {
            return text;
        }

        var guests = new List<string>();
        foreach (var part in parts)
        {
            if (Labelled(part, HostLabels, out _))
            {
                continue;
            }

            guests.Add(Labelled(part, GuestLabels, out var rest) ? rest : part);
        }

        return string.Join('、', guests);
    }

    // `主持：甲`, `Host: Ken Ho`: the label, then a colon; the value after it.
    private static bool Labelled(string part, string[] labels, out string value)
    {
        value = part;
        foreach (var label in labels)
        {
            if (part.StartsWith(label, StringComparison.OrdinalIgnoreCase) && part.Length > label.Length + 1
                && part[label.Length] is '：' or ':')
            {
                value = part[(label.Length + 1)..].Trim();
                return true;
            }
        }

        return false;
    }
}
