using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Tests.Support;

public static class ReplyText
{
    /// <summary>What the user reads: tags dropped, entities decoded, links as "text &lt;url&gt;".</summary>
    public static string Plain(this BotReply reply) => TelegramHtml.ToPlainText(reply.Html);

    public static IEnumerable<ReplyButton> AllButtons(this BotReply reply) => reply.Buttons.SelectMany(r => r);

    /// <summary>Telegram would accept it: allowed tags only, balanced, not empty, within the limit, short callback data.</summary>
    public static void ShouldBeValidTelegram(this BotReply reply)
    {
        TelegramHtml.Problems(reply.Html).Should().BeEmpty(reply.Html);
        TelegramHtml.VisibleLength(reply.Html).Should().BeInRange(1, TelegramLimits.MessageLength);
        foreach (var button in reply.AllButtons())
        {
            button.Text.Should().NotBeNullOrWhiteSpace();
            if (button.CallbackData is not null)
            {
                System.Text.Encoding.UTF8.GetByteCount(button.CallbackData).Should().BeInRange(1, TelegramLimits.CallbackDataBytes);
            }
        }
    }
}
