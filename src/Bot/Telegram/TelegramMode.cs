namespace Bot.Telegram;

public enum TelegramMode
{
    Polling,
    Webhook,
}
