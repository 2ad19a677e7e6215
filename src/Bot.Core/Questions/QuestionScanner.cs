using System.Text.RegularExpressions;
using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Questions;

/// <summary>Reads a normalised question left to right, taking at each position the longest of: a date, a series and
/// number (<c>channel 24</c>, <c>第24期</c>), a speaker's name or 花名, a word of asking (<see cref="QuestionWords"/>);
/// whatever none of them covers is a <see cref="TokenKind.Word"/> (the topic). No general segmenter: the catalog's
/// own names and a closed list of question words are all it needs (QUESTION-NOTES.md).</summary>
internal static partial class QuestionScanner
{
    private const int MostLatinWords = 4;

    public static IReadOnlyList<QuestionToken> Scan(string text, CatalogTerms lexicon, CatalogSnapshot catalog, DateOnly today)
    {
        var tokens = new List<QuestionToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            var token = Best(text, i, lexicon, catalog, today);
            tokens.Add(token);
            i = token.End;
        }

        return Settle(tokens);
    }

    private static QuestionToken Best(string text, int at, CatalogTerms lexicon, CatalogSnapshot catalog, DateOnly today)
    {
        QuestionToken? best = null;
        void Consider(QuestionToken candidate)
        {
            if (best is null || candidate.End > best.End || candidate.End == best.End && Rank(candidate) < Rank(best))
            {
                best = candidate;
            }
        }

        if (QuestionDates.TryMatch(text, at, today, out var length, out var range))
        {
            Consider(new QuestionToken(TokenKind.Date, at, at + length, text.Substring(at, length)) { Range = range });
        }

        if (NumberedIssue().Match(text, at) is { Success: true } issue && ChineseNumber(issue.Groups["n"].Value) is { } n
            && catalog.FindBySeries("#" + n) is { Count: > 0 } numbered)
        {
            Consider(new QuestionToken(TokenKind.Series, at, at + issue.Length, issue.Value) { Events = numbered });
        }

        if (QuestionText.IsLatin(text[at]))
        {
            LatinCandidates(text, at, lexicon, catalog, Consider);
        }
        else if (QuestionText.IsCjk(text[at]))
        {
            CjkCandidates(text, at, lexicon, Consider);
        }

        return best ?? new QuestionToken(TokenKind.Word, at, at + 1, text[at].ToString());
    }

    private static void LatinCandidates(string text, int at, CatalogTerms lexicon, CatalogSnapshot catalog, Action<QuestionToken> consider)
    {
        var words = LatinWords(text, at);
        for (var n = words.Count; n >= 1; n--)
        {
            var end = words[n - 1].End;
            var phrase = string.Join(' ', words.Take(n).Select(w => w.Word));
            if (QuestionWords.English.TryGetValue(phrase.ToLowerInvariant(), out var cue))
            {
                consider(new QuestionToken(TokenKind.Cue, at, end, phrase) { Cue = cue });
            }

            var joined = TextNormalizer.Key(string.Concat(words.Take(n).Select(w => w.Word)));
            if (joined.Length >= 2 && lexicon.Name(joined) is { } name)
            {
                consider(new QuestionToken(TokenKind.Person, at, end, phrase) { Name = name });
            }

            if (n <= 3 && SeriesQuery.TryParse(joined, out var series, out _) && series.Length > 0 && catalog.FindBySeries(joined) is { Count: > 0 } events)
            {
                consider(new QuestionToken(TokenKind.Series, at, end, phrase) { Events = events });
            }
        }

        // Chinese question words that open with a Latin letter (B站).
        for (var n = 2; n <= 3 && at + n <= text.Length; n++)
        {
            var mixed = text.Substring(at, n).ToLowerInvariant();
            if (QuestionText.IsCjk(mixed[^1]) && QuestionWords.Chinese.TryGetValue(mixed, out var mixedCue))
            {
                consider(new QuestionToken(TokenKind.Cue, at, at + n, mixed) { Cue = mixedCue });
            }
        }

        var first = words[0];
        consider(new QuestionToken(TokenKind.Word, at, first.End, Possessive().Replace(first.Word, string.Empty)));
    }

    private static void CjkCandidates(string text, int at, CatalogTerms lexicon, Action<QuestionToken> consider)
    {
        // Names may run on into Latin letters or digits (小A, 讲师2); question words are Chinese only.
        var run = 0;
        while (at + run < text.Length && text[at + run] != ' ')
        {
            run++;
        }

        var span = text.AsSpan(at, run);
        var chinese = span.IndexOfAnyExceptInRange('\u3400', '\u9FFF') is var stop and >= 0 ? stop : run;
        for (var n = Math.Min(chinese, QuestionWords.LongestChinese); n >= 1; n--)
        {
            if (QuestionWords.ChineseLookup.TryGetValue(span[..n], out var cue))
            {
                consider(new QuestionToken(TokenKind.Cue, at, at + n, span[..n].ToString()) { Cue = cue });
                break;
            }
        }

        for (var n = Math.Min(run, lexicon.LongestName); n >= 2; n--)
        {
            if (lexicon.Name(span[..n]) is { } name)
            {
                consider(new QuestionToken(TokenKind.Person, at, at + n, span[..n].ToString()) { Name = name });
                break;
            }
        }
    }

    // Up to four Latin words from `at`, one space apart; a trailing '.', '-' or quote is punctuation, not the word's.
    private static List<(string Word, int End)> LatinWords(string text, int at)
    {
        var words = new List<(string, int)>();
        var i = at;
        while (words.Count < MostLatinWords && i < text.Length && QuestionText.IsLatin(text[i]))
        {
            var start = i;
            while (i < text.Length && QuestionText.IsLatin(text[i]))
            {
                i++;
            }

            var word = text[start..i].TrimEnd('.', '-', '\'', '/');
            words.Add((word.Length > 0 ? word : text[start..i], i));
            if (i + 1 >= text.Length || text[i] != ' ' || !QuestionText.IsLatin(text[i + 1]))
            {
                break;
            }

            i++;
        }

        return words;
    }

    // Equal lengths: what is more specific wins; a 花名 loses to a question word it spells (仪式 is also "ceremony").
    private static int Rank(QuestionToken token) => token.Kind switch
    {
        TokenKind.Date => 0,
        TokenKind.Series => 1,
        TokenKind.Person when token.Name!.IsRealName => 2,
        TokenKind.Cue => 3,
        TokenKind.Person => 4,
        _ => 5,
    };

    /// <summary>A 花名 that touches unread Chinese text is part of a longer word, not a person (开幕仪式几点开始), and so is a
    /// one-character question word inside unread text; then touching unread Chinese characters become one word.</summary>
    private static List<QuestionToken> Settle(List<QuestionToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Person && !t.Name!.IsRealName && t.IsCjk && (TouchesCjkWord(tokens, i, i - 1) || TouchesCjkWord(tokens, i, i + 1)))
            {
                tokens[i] = new QuestionToken(TokenKind.Word, t.Start, t.End, t.Text);
            }
        }

        // A one-character question word between two unread characters belongs to them (成都站: 都 is no "all").
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t is { Kind: TokenKind.Cue, IsCjk: true, Text.Length: 1 } && TouchesCjkWord(tokens, i, i - 1) && TouchesCjkWord(tokens, i, i + 1))
            {
                tokens[i] = new QuestionToken(TokenKind.Word, t.Start, t.End, t.Text);
            }
        }

        var settled = new List<QuestionToken>(tokens.Count);
        foreach (var t in tokens)
        {
            if (settled.Count > 0 && settled[^1] is { Kind: TokenKind.Word, IsCjk: true } previous && t is { Kind: TokenKind.Word, IsCjk: true } && previous.End == t.Start)
            {
                settled[^1] = previous with { End = t.End, Text = previous.Text + t.Text };
            }
            else
            {
                settled.Add(t);
            }
        }

        return settled;
    }

    private static bool TouchesCjkWord(List<QuestionToken> tokens, int at, int neighbour) =>
        neighbour >= 0 && neighbour < tokens.Count && tokens[neighbour] is { Kind: TokenKind.Word, IsCjk: true } word
        && (word.End == tokens[at].Start || tokens[at].End == word.Start);

    [GeneratedRegex(@"\G(?:第 ?)?(?<n>\d{1,4}|[一二三四五六七八九十两]{1,3}) ?期", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedIssue();

    // 24, 二十四, 十, 两 → the number; null for anything else.
    private static int? ChineseNumber(string text)
    {
        if (int.TryParse(text, out var arabic))
        {
            return arabic;
        }

        const string Digits = "零一二三四五六七八九";
        int Digit(char c) => c == '两' ? 2 : Digits.IndexOf(c);
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 && Digit(text[0]) > 0 ? Digit(text[0]) : null;
        }

        var tens = ten == 0 ? 1 : Digit(text[0]);
        var ones = ten == text.Length - 1 ? 0 : Digit(text[^1]);
        return tens > 0 && ones >= 0 && text.Length - ten <= 2 ? tens * 10 + ones : null;
    }

    [GeneratedRegex(@"'s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();
}
