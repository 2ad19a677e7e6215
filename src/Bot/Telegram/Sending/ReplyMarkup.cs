using Bot.Core.Conversation;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram.Sending;

internal static class ReplyMarkup
{
    public static InlineKeyboardMarkup? From(IReadOnlyList<IReadOnlyList<ReplyButton>> rows) =>
        rows.Count == 0 || rows.All(r => r.Count == 0)
            ? null
            : new InlineKeyboardMarkup(rows.Where(r => r.Count > 0).Select(r => r.Select(Button)));

    private static InlineKeyboardButton Button(ReplyButton button) =>
        button.Url is { } url ? InlineKeyboardButton.WithUrl(button.Text, url) : InlineKeyboardButton.WithCallbackData(button.Text, button.CallbackData ?? button.Text);
}
