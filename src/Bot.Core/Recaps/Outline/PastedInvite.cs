using Markdig.Syntax;

namespace Bot.Core.Recaps.Outline;

/// <summary>A meeting invitation pasted into a fence as the meeting app copied it (<c>会议主题：…</c>, <c>会议时间：…</c>, the
/// join link), which pages show as it came rather than as code. Only a fence with no language that holds a meeting
/// room's link counts: other fences are code or logs, whose dates and URLs say nothing about the event.</summary>
internal static class PastedInvite
{
    public static bool Is(FencedCodeBlock code)
    {
        if (!string.IsNullOrEmpty(code.Info) && !code.Info.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var lines = code.Lines.Lines;
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var line = lines[i].Slice.AsSpan();
            var at = line.IndexOf("://", StringComparison.Ordinal);
            if (at > 0 && RoomIn(line[(at + 3)..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RoomIn(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny(" /?#\t");
        return LinkResolver.IsMeetingHost((end < 0 ? rest : rest[..end]).ToString());
    }
}
