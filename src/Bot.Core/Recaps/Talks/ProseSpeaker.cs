using System.Buffers;
using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>How a recap's sentence names the person who gave a talk: their roles, their name, then a verb of speaking
/// (<c>海光信息研发工程师王忠勤分享了…</c>, <c>某社区 Maintainer **李孟轩** 首次公开了…</c>).</summary>
internal static class ProseSpeaker
{
    private static readonly string[] TalkVerbs =
    [
        "分享", "介绍", "带来", "讲解", "讲述", "演示", "展示", "公开", "发布", "围绕", "结合", "详细", "深入", "系统", "重点", "全面", "解读",
        "阐述", "剖析", "回顾", "探讨", "揭秘", "在演讲", "在分享", "以“", "以《", "在《",
    ];

    // Words a sentence may put between the name and the verb (`王忠勤也分享了`, `李孟轩首次公开了`, `张三为大家带来`).
    private static readonly string[] Fillers = ["首次", "随后", "接着", "最后", "为大家", "为我们", "向大家", "给大家", "给我们", "即将", "也", "则", "还", "又", "将", "会"];

    private static readonly SearchValues<char> VerbStarts = SearchValues.Create(string.Concat(Array.ConvertAll(TalkVerbs, v => v[..1])));

    /// <summary>Whether a text (the words right after a name) opens with a verb of speaking, fillers skipped.</summary>
    public static bool OpensWithTalkVerb(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        foreach (var filler in Fillers)
        {
            if (text.StartsWith(filler, StringComparison.Ordinal) && text.Length > filler.Length)
            {
                text = text[filler.Length..];
                break;
            }
        }

        foreach (var verb in TalkVerbs)
        {
            if (text.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person a sentence names right before a verb of speaking, after their roles or as its first words:
    /// <c>某司研发工程师王忠勤分享了</c>, <c>某社区 Maintainer 李孟轩介绍了</c>, <c>某司平台工程师 James 介绍了</c>,
    /// <c>李孟轩介绍了</c>; null when the sentence's opening names nobody so.</summary>
    public static Speaker? NamedBeforeVerb(string sentence)
    {
        var stop = sentence.AsSpan().IndexOfAny('。', '；', '！');
        var opening = sentence.AsSpan(0, Math.Min(stop < 0 ? sentence.Length : stop, 90));
        if (opening.Contains("致辞", StringComparison.Ordinal))
        {
            // An address (`负责人齐天在致辞中回顾了…`, `带来开场致辞`) opens or closes the day: no talk of its own.
            return null;
        }

        for (var at = 1; at < opening.Length; at++)
        {
            var next = opening[at..].IndexOfAny(VerbStarts);
            if (next < 0)
            {
                break;
            }

            at += next;
            if (OpensWithTalkVerb(opening[at..]) && (Agent(opening[..at]) ?? OpeningLatinName(opening[..at]) ?? NameEnding(TrimFiller(opening[..at].TrimEnd()))) is { } person)
            {
                return person;
            }
        }

        return null;
    }

    // `由 @korilin 带来《…》的分享`, `由张三带来`: 由 opening the clause names who gives the talk, by a name or a handle.
    private static Speaker? Agent(ReadOnlySpan<char> before)
    {
        var text = before.Trim();
        if (text.Length < 3 || text[0] != '由')
        {
            return null;
        }

        var who = text[1..].Trim().TrimStart('@').TrimEnd().ToString();
        return NameRules.LooksLikeName(who) || (!who.Contains(' ') && SpeakerLine.LooksLikeHandle(who)) ? new Speaker(who, []) : null;
    }

    // `Xu DiXing 为我们介绍了《…》`: a whole name in Latin letters that opens the clause, at most a listener between it and
    // the verb (a place or an occasion there, `Keith Chan 在开场分享中提到`, is a remark, not a talk).
    private static Speaker? OpeningLatinName(ReadOnlySpan<char> before)
    {
        var text = before.TrimEnd();
        foreach (var listener in Listeners)
        {
            if (text.EndsWith(listener, StringComparison.Ordinal))
            {
                text = text[..^listener.Length].TrimEnd();
                break;
            }
        }

        return text.Length > 0 && char.IsAsciiLetterUpper(text[0]) && text.Contains(' ') && text.ToString() is var name && NameRules.LooksLikeName(name)
            ? new Speaker(name, [])
            : null;
    }

    private static readonly string[] Listeners = ["为我们", "为大家", "给大家", "给我们", "向大家", "向我们"];

    private static ReadOnlySpan<char> TrimFiller(ReadOnlySpan<char> text)
    {
        // `王俊杰在 GMTC 大会上分享了`: where they spoke stands between the name and the verb.
        var at = text.LastIndexOf('在');
        if (at >= 2 && text.Length - at <= 24 && !text[at..].ContainsAny("，,、"))
        {
            text = text[..at].TrimEnd();
        }

        foreach (var filler in Fillers)
        {
            if (text.EndsWith(filler, StringComparison.Ordinal) && text.Length > filler.Length + 1)
            {
                text = text[..^filler.Length];
                break;
            }
        }

        // `资深布道师薛忠斌，给大家带来了`: the name set off by a comma before what they did; `负责人李晓蕾（Sherry Lee），介绍了`:
        // with the name in Latin letters after it.
        text = text.TrimEnd().TrimEnd('，');
        if (text.Length > 4 && text[^1] is '）' or ')' && text.LastIndexOfAny("（(") is var open and > 1 && text[(open + 1)..^1].Trim() is { Length: > 1 } latin
            && char.IsAsciiLetter(latin[0]) && NameRules.IsHan(text[open - 1]))
        {
            text = text[..open];
        }

        return text;
    }

    // The name that ends the words before the verb, with the roles before it as the affiliation.
    // `副会长马凯同学为大家介绍了`, `张焕杰老师带来`: how a campus recap addresses the speaker, after the name.
    internal static readonly string[] Honorifics = ["同学", "老师", "先生", "女士"];

    private static Speaker? NameEnding(ReadOnlySpan<char> before)
    {
        foreach (var honorific in Honorifics)
        {
            if (before.EndsWith(honorific, StringComparison.Ordinal) && before.Length > honorific.Length + 1)
            {
                before = before[..^honorific.Length];
                break;
            }
        }

        // `Xu DiXing 为我们介绍了`: the space before a filler stays when the filler goes.
        before = before.TrimEnd();
        if (before.IsEmpty)
        {
            return null;
        }

        if (char.IsAsciiLetter(before[^1]))
        {
            return LatinNameEnding(before);
        }

        var start = before.Length;
        while (start > 0 && NameRules.IsHan(before[start - 1]))
        {
            start--;
        }

        var run = before[start..];
        var roleEnd = RoleSuffixes.LastEnd(run);
        var name = run[Math.Max(roleEnd, 0)..].ToString();
        var roles = before[..(start + Math.Max(roleEnd, 0))].TrimEnd();
        // `…项目发起人及负责人——朵晓东分享了`: a dash sets the name off from the roles before it, whatever they end with.
        var apposed = roles.EndsWith("——", StringComparison.Ordinal) || roles.EndsWith("--", StringComparison.Ordinal);
        roles = roles.TrimEnd("—-– ");
        if (roleEnd < 0 && !roles.IsEmpty && !apposed && !RoleSuffixes.EndsWithOne(roles))
        {
            return null;
        }

        // Set off by a dash, a name needs no common surname to be one (`——朵晓东`).
        return (apposed ? NameRules.IsChineseName(name) : NameRules.IsSurnamedChineseName(name)) ? new Speaker(name, [], Affiliation(roles)) : null;
    }

    // `某司平台工程师 James`, `某社区 Maintainer Keith Chan`: capitalised words after a role.
    private static Speaker? LatinNameEnding(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        for (var words = 0; words < 3; words++)
        {
            var space = before[..start].TrimEnd().LastIndexOf(' ');
            var word = before[(space + 1)..start].Trim();
            if (word.IsEmpty || !char.IsAsciiLetterUpper(word[0]) || RoleSuffixes.IsOne(word))
            {
                break;
            }

            start = space + 1;
            if (space < 0)
            {
                break;
            }
        }

        var name = before[start..].Trim().ToString();
        var roles = before[..start].TrimEnd();
        return name.Length > 0 && RoleSuffixes.EndsWithOne(roles) && (NameRules.LooksLikeName(name) || IsGivenName(name)) ? new Speaker(name, [], Affiliation(roles)) : null;
    }

    // After a role and before a verb of speaking one capitalised word is a person's given name (`平台工程师 James 介绍了`),
    // which alone would not pass for a name elsewhere.
    private static bool IsGivenName(string word)
    {
        if (word.Length is < 2 or > 16 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word.AsSpan(1))
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Affiliation(ReadOnlySpan<char> roles) => roles.Trim(" 、，,") is { Length: > 0 } trimmed ? trimmed.ToString() : null;
}
