using Bot.Core.Text;
using Bot.Core.Recaps.Talks;

namespace Bot.Core.Recaps.Slides;

/// <summary>What a slide or replay link text says about its talk, and whether it says nothing (placeholders,
/// generic <c>戳这里</c> texts).</summary>
internal static class LinkTitle
{
    private static readonly string[] Generic = ["戳这里", "点击获取", "点击链接", "点击下载资料", "点击查看", "点击观看", "下载", "链接", "here"];

    public static bool IsPlaceholder(string text) =>
        text.Contains("待直播后更新", StringComparison.Ordinal) || text.Contains("待更新", StringComparison.Ordinal);

    public static bool IsGeneric(string text)
    {
        var t = TitleText.Display(text);
        return t.Length == 0 || t.StartsWith("http", StringComparison.OrdinalIgnoreCase) ||
               Array.Exists(Generic, g => t.Equals(g, StringComparison.OrdinalIgnoreCase)) || OnlySaysSlides(t);
    }

    // `本次活动的PPT`, `本期课件`, `the slides`: the deck of the event or the talk at hand, named by no title of its own.
    private static readonly string[] Deixis = ["本次活动的", "本次分享的", "本期分享的", "本次", "本期", "此次", "the ", "our "];
    private static readonly string[] DeckNames = ["ppt", "pptx", "slides", "slide", "幻灯片", "课件", "讲稿", "deck", "pdf"];

    private static bool OnlySaysSlides(string text)
    {
        var rest = text.AsSpan().Trim();
        foreach (var word in Deixis)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[word.Length..].Trim();
                break;
            }
        }

        foreach (var name in DeckNames)
        {
            if (rest.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Words that make a link text the decks of a whole event rather than one talk's (`北京站 PPT 合集`, `All slides`).
    private static readonly WordSet CollectionWords = new("合集", "汇总", "全部", "所有", "all slides", "all decks", "all presentations");

    /// <summary>Whether a slide link's text names a collection of decks (<c>PPT 合集</c>, <c>全部 PPT</c>, <c>All slides</c>).</summary>
    public static bool IsCollection(string text) => CollectionWords.In(text);

    /// <summary>The talk title a link text names: <c>《》</c>, <c>下载链接</c>, and a <c>speaker-</c> prefix removed.</summary>
    public static string Of(string text) => TitleText.Unwrap(text);
}
