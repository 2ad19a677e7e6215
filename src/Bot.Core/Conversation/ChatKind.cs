namespace Bot.Core.Conversation;

public enum ChatKind
{
    Private,
    Group,
    Supergroup,
    Channel,
}
