namespace Bot.Core.Recaps.Talks;

/// <summary>THEME: the talk title of a single-talk page from its 活动主题, without the <c>SOFAChannel#N：</c> /
/// <c>:</c> / <c>——</c> / space prefix, and when bracketed, without <c>《》</c> and the <c>——community</c> suffix.</summary>
internal static class ThemeTitle
{
    public static string? From(string? theme)
    {
        if (string.IsNullOrWhiteSpace(theme))
        {
            return null;
        }

        var t = TitleText.Display(theme);
        var hash = t.IndexOf('#');
        if (hash > 0 && hash + 1 < t.Length && char.IsAsciiDigit(t[hash + 1]) && IsSeriesName(t.AsSpan(0, hash)))
        {
            var i = hash + 1;
            while (i < t.Length && char.IsAsciiDigit(t[i]))
            {
                i++;
            }

            while (i < t.Length && t[i] is '：' or ':' or '—' or '-' or ' ' or '|' or '｜')
            {
                i++;
            }

            t = t[i..];
        }

        return TitleText.LeadingBracketed(t) ?? (t.Length == 0 ? null : t);
    }

    private static bool IsSeriesName(ReadOnlySpan<char> prefix)
    {
        foreach (var c in prefix)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ' ' and not '&')
            {
                return false;
            }
        }

        return true;
    }
}
