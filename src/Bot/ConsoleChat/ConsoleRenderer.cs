using System.Text;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.ConsoleChat;

/// <summary>A reply as terminal text: HTML rendered to plain text, links as <c>text &lt;url&gt;</c>, buttons as
/// numbered choices, a document by name followed by its content.</summary>
internal static class ConsoleRenderer
{
    public static string Render(BotReply reply, IReadOnlyList<ReplyButton> numbered)
    {
        var sb = new StringBuilder(TelegramHtml.ToPlainText(reply.Html).TrimEnd()).Append('\n');
        if (reply.Document is { } document)
        {
            sb.Append($"📎 {document.FileName} ({document.Content.Length} bytes, {document.ContentType})\n");
            sb.Append(Encoding.UTF8.GetString(document.Content).ReplaceLineEndings("\n").TrimEnd()).Append('\n');
        }

        for (var i = 0; i < numbered.Count; i++)
        {
            var button = numbered[i];
            sb.Append($"  [{i + 1}] {button.Text}");
            if (button.Url is not null)
            {
                sb.Append($" <{button.Url}>");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
