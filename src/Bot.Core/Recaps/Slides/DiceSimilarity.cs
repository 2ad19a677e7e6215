using Bot.Core.Text;

namespace Bot.Core.Recaps.Slides;

/// <summary>Sørensen–Dice coefficient over character bigrams of <see cref="TextNormalizer.Key"/> forms: 1 for equal
/// titles, near 0 for unrelated ones; robust to spacing and small wording changes.</summary>
internal static class DiceSimilarity
{
    public static double Of(string a, string b)
    {
        var x = TextNormalizer.Key(a);
        var y = TextNormalizer.Key(b);
        if (x.Length < 2 || y.Length < 2)
        {
            return x == y && x.Length > 0 ? 1 : 0;
        }

        var bigrams = new Dictionary<int, int>(x.Length);
        for (var i = 0; i + 1 < x.Length; i++)
        {
            var key = (x[i] << 16) | x[i + 1];
            bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
        }

        var shared = 0;
        for (var i = 0; i + 1 < y.Length; i++)
        {
            var key = (y[i] << 16) | y[i + 1];
            if (bigrams.TryGetValue(key, out var n) && n > 0)
            {
                bigrams[key] = n - 1;
                shared++;
            }
        }

        return 2.0 * shared / (x.Length - 1 + y.Length - 1);
    }
}
