namespace Bot.Core.Recaps;

/// <summary>Series and number as a title or 活动主题 writes them: <c>SOFAChannel#24</c>, <c>SOFA Meetup#1</c>,
/// <c>SOFAStack Meetup#5</c>, <c>Service Mesh Webinar#2</c>. Never taken from the slug (slug numbers lie).</summary>
public static class SeriesReader
{
    public static (string? Series, int? Number) Read(params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (Find(text) is { } found)
            {
                return found;
            }
        }

        return (null, null);
    }

    private static (string, int)? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var hash = 0; hash < text.Length; hash++)
        {
            if (text[hash] is not ('#' or '＃'))
            {
                continue;
            }

            var i = hash + 1;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var number = 0;
            var digits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 5)
            {
                number = (number * 10) + (text[i++] - '0');
                digits++;
            }

            var start = hash;
            while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == ' '))
            {
                start--;
            }

            var series = text[start..hash].Trim();
            if (digits > 0 && series.Any(char.IsAsciiLetter))
            {
                return (series, number);
            }
        }

        return null;
    }
}
