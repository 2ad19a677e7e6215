using Bot.Core.Recaps.Outline;

namespace Bot.Core.Recaps;

/// <summary>The form an event's prose states of itself: <c>本次为线下交流会</c>, <c>活动采用线上直播形式</c>,
/// <c>本次开放日采用线下+线上同步直播的形式</c> (both: hybrid). Only a short clause that speaks of this event
/// (<c>本次</c>, <c>本期</c>, <c>本场</c>, <c>采用</c>, <c>形式</c>) and names a form counts; a clause that denies one
/// (<c>不提供直播</c>, <c>暂无线上</c>) or is about signing up (<c>线上报名</c>) says nothing of the form.</summary>
internal static class FormSentence
{
    private static readonly Text.ExactWords SelfWords = new("本次", "本期", "本场", "采用", "形式");
    private static readonly Text.ExactWords FormWords = new("线上", "线下", "直播", "现场");
    private static readonly Text.ExactWords Denials = new("不", "无", "没有", "报名", "签到", "回放");
    private const int LongestClause = 40;

    /// <summary>The clauses of the lines of <paramref name="outline"/> that state the event's form, joined; null when none does.</summary>
    public static string? Find(PageOutline outline)
    {
        if (!outline.MayHold(FormWords) || !outline.MayHold(SelfWords))
        {
            return null;
        }

        List<string>? found = null;
        foreach (var line in outline.LineSpan)
        {
            var text = line.Text;
            if (!FormWords.In(text) || !SelfWords.In(text))
            {
                continue;
            }

            foreach (var clause in text.Split(['，', '。', '；', ',', ';', '！', '!'], StringSplitOptions.TrimEntries))
            {
                if (clause.Length <= LongestClause && FormWords.In(clause) && SelfWords.In(clause) && !Denials.In(clause))
                {
                    (found ??= []).Add(clause);
                }
            }
        }

        return found is null ? null : string.Join(' ', found);
    }
}
