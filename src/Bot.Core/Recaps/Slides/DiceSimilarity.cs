using Bot.Core.Text;

namespace Bot.Core.Recaps.Slides;

/// <summary>Sørensen–Dice coefficient over character bigrams of <see cref="TextNormalizer.Key"/> forms: 1 for equal
/// titles, near 0 for unrelated ones; robust to spacing and small wording changes.</summary>
internal static class DiceSimilarity
{
    public static double Of(string a, string b) => OfKeys(TextNormalizer.Key(a), TextNormalizer.Key(b));

    /// <summary>The coefficient of two texts already in key form; allocation-free for titles of usual length.</summary>
    public static double OfKeys(string x, string y)
    {
        if (x.Length < 2 || y.Length < 2)
        {
            return x == y && x.Length > 0 ? 1 : 0;
        }

        var pairs = y.Length - 1;
        Span<bool> used = pairs <= 256 ? stackalloc bool[pairs] : new bool[pairs];
        var shared = 0;
        for (var i = 0; i + 1 < x.Length; i++)
        {
            for (var j = 0; j < pairs; j++)
            {
                if (!used[j] && x[i] == y[j] && x[i + 1] == y[j + 1])
                {
                    used[j] = true;
                    shared++;
                    break;
                }
            }
        }

        return 2.0 * shared / (x.Length - 1 + pairs);
    }
}
