using System.Text.RegularExpressions;
using Bot.Core.Recaps.Outline;

namespace Bot.Core.Recaps;

/// <summary>The form an event's prose states of itself: <c>本次为线下交流会</c>, <c>活动采用线上直播形式</c>,
/// <c>本次开放日采用线下+线上同步直播的形式</c> (both: hybrid). Only a short clause that speaks of this event
/// (<c>本次</c>, <c>本期</c>, <c>本场</c>, <c>采用</c>, <c>形式</c>) and names a form counts; a clause that denies one
/// (<c>不提供直播</c>, <c>暂无线上</c>) or is about signing up (<c>线上报名</c>) says nothing of the form. A form word
/// that qualifies the gathering itself (<c>在线峰会</c>, <c>线上直播分享</c>, <c>将是一个线上的活动</c>) states it as well,
/// in the prose or in the page's description.</summary>
internal static partial class FormSentence
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] ClauseEnds = ['，', '。', '；', ',', ';', '！', '!'];

    private static readonly Text.ExactWords SelfWords = new("本次", "本期", "本场", "采用", "形式");
    private static readonly Text.ExactWords FormWords = new("线上", "线下", "直播", "现场", "在线", "虚拟");
    private static readonly Text.ExactWords Denials = new("不", "无", "没有", "报名", "签到", "回放", "往期", "其他", "更多");
    private const int LongestClause = 40;

    // A form word before its gathering (`线上交流会`) says the form by itself: the clause around it may be a long one
    // (`某 User Group 在 2021-10-18 第一次 Thematic Seminar 线上交流会`).
    private const int LongestGatheringClause = 100;

    /// <summary>The clauses of <paramref name="description"/> and of the lines of <paramref name="outline"/> that state
    /// the event's form, joined; null when none does.</summary>
    public static string? Find(string? description, PageOutline outline)
    {
        List<string>? found = null;
        if (description is not null)
        {
            AddClauses(description, ref found);
        }

        foreach (var text in EnglishTexts(description, outline))
        {
            if (EnglishHybrid().IsMatch(text))
            {
                (found ??= []).Add("online offline");
                break;
            }

            if (EnglishOnline().IsMatch(text))
            {
                // `this two-day virtual event`, `Join the community online on Tuesday`: English prose states it so.
                (found ??= []).Add("online");
                break;
            }
        }

        if (outline.MayHold(FormWords) && (outline.MayHold(SelfWords) || outline.MayHold(GatheringFormWords)))
        {
            foreach (var line in outline.LineSpan)
            {
                if (FormWords.In(line.Text))
                {
                    AddClauses(line.Text, ref found);
                }
            }
        }

        return found is null ? null : string.Join(' ', found);
    }

    private static void AddClauses(string text, ref List<string>? found)
    {
        var self = SelfWords.In(text);
        if (!self && !GatheringFormWords.In(text))
        {
            return;
        }

        foreach (var clause in text.Split(ClauseEnds, StringSplitOptions.TrimEntries))
        {
            // A long clause with a link is a label line (`线上直播链接：https://…`), whose room says more than its words.
            if (clause.Length > LongestGatheringClause || !FormWords.In(clause) || Denials.In(clause)
                || (clause.Length > LongestClause && clause.Contains("://", StringComparison.Ordinal)))
            {
                continue;
            }

            if (self && clause.Length <= LongestClause && SelfWords.In(clause))
            {
                (found ??= []).Add(clause);
            }
            else if (GatheringForm().Match(clause) is { Success: true } m)
            {
                // `在线峰会` says 线上 in other words.
                (found ??= []).Add(m.Groups[1].Value == "线下" ? "线下" : "线上");
            }
        }
    }

    // What a streamed event's prose says of its stream: `IT 大咖说提供视频直播支持`, `通过某平台观看直播的同学`.
    private static readonly Text.ExactWords StreamedWords = new("直播支持", "观看直播", "同步直播", "全程直播", "在线观看");

    /// <summary>Whether a line of prose says the event is streamed (<c>感谢某平台的直播支持</c>), as a live room does; a
    /// clause that denies it (<c>不提供同步直播</c>) or speaks of a replay does not.</summary>
    public static bool SaysStreamed(string text)
    {
        if (!StreamedWords.In(text))
        {
            return false;
        }

        foreach (var clause in text.Split(ClauseEnds, StringSplitOptions.TrimEntries))
        {
            if (StreamedWords.In(clause) && !Denials.In(clause))
            {
                return true;
            }
        }

        return false;
    }

    // The description and the lines that hold an English form word at all: the pattern runs on those only.
    private static IEnumerable<string> EnglishTexts(string? description, PageOutline outline)
    {
        if (description is not null && MayBeEnglishForm(description))
        {
            yield return description;
        }

        foreach (var line in outline.Lines)
        {
            if (MayBeEnglishForm(line.Text))
            {
                yield return line.Text;
            }
        }

        static bool MayBeEnglishForm(string text) =>
            text.Contains("irtual", StringComparison.OrdinalIgnoreCase) || text.Contains("nline", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Zoom", StringComparison.OrdinalIgnoreCase) || text.Contains("Meet", StringComparison.Ordinal)
            || text.Contains("Teams", StringComparison.Ordinal) || text.Contains("Jitsi", StringComparison.OrdinalIgnoreCase)
            || text.Contains("ybrid", StringComparison.OrdinalIgnoreCase) || text.Contains("emotely", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:virtual|online)\s+(?:event|conference|summit|meetup|workshop|webinar|gathering)s?\b|\b(?:held|hosted|takes?\s+place|join\s+(?:us|the\s+(?:[\w-]+\s+){0,3}community))\s+(?:virtually|online)\b|\b(?:held|hosted|run|takes?\s+place|virtual(?:ly)?)\s+(?:over|on|via|through|using)\s+(?:Zoom|Google\s+Meet|Jitsi|Webex|(?:Microsoft\s+)?Teams)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOnline();

    // `will be hosted at the Library @ Harborfront and **online**`, `This hybrid meeting will be available both in-person and
    // remotely`: a place and a stream, both.
    [GeneratedRegex(@"\b(?:held|hosted|takes?\s+place)\s+(?:at|in)\s+[^.;]{1,60}?\s+(?:and|&)\s+\**online\b" +
        @"|\bhybrid\s+(?:event|meeting|meetup|session|workshop|conference)s?\b|\bboth\s+in[-\s]person\s+and\s+(?:online|remotely|virtually)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishHybrid();

    // The form words that may stand before a gathering (`在线峰会`); 在线 says the form only there.
    private static readonly Text.ExactWords GatheringFormWords = new("线上", "线下", "在线", "虚拟");

    [GeneratedRegex(@"(线上|在线|线下|虚拟)\s?的?(?:直播)?(?:活动|分享|峰会|会议|大会|沙龙|讲座|交流会|研讨会|直播|meetup)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GatheringForm();
}
