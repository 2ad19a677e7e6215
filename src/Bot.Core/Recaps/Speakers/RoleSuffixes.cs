namespace Bot.Core.Recaps.Speakers;

/// <summary>The words a person's roles end with where a page writes the name right after them: <c>研发工程师王忠勤</c>,
/// <c>蚂蚁集团技术专家李旭东</c>, <c>某社区 Reviewer 欧阳陆伟</c>.</summary>
internal static class RoleSuffixes
{
    private static readonly string[] Words =
    [
        "工程师", "架构师", "专家", "负责人", "经理", "总监", "总裁", "创始人", "合伙人", "研究员", "布道师", "讲师", "开发者", "成员", "主席",
        "教授", "博士", "顾问", "主管", "组长", "维护者", "贡献者", "老师", "会长", "社长", "部长", "CTO", "CEO", "COO", "VP", "Maintainer", "Reviewer",
        "Approver", "Committer", "Contributor", "PMC", "Member", "Engineer", "Architect", "Lead", "Founder", "Manager", "Director",
        "Developer", "Advocate", "Evangelist", "Ambassador", "Chair",
    ];

    /// <summary>Where the last role word of <paramref name="text"/> ends, or -1 when it holds none.</summary>
    public static int LastEnd(ReadOnlySpan<char> text)
    {
        var end = -1;
        foreach (var role in Words)
        {
            var at = text.LastIndexOf(role, StringComparison.Ordinal);
            end = at >= 0 ? Math.Max(end, at + role.Length) : end;
        }

        return end;
    }

    public static bool EndsWithOne(ReadOnlySpan<char> text)
    {
        foreach (var role in Words)
        {
            if (text.EndsWith(role, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOne(ReadOnlySpan<char> word)
    {
        foreach (var role in Words)
        {
            if (word.SequenceEqual(role))
            {
                return true;
            }
        }

        return false;
    }
}
