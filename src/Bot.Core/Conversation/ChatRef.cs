namespace Bot.Core.Conversation;

/// <param name="ThreadId">Forum topic the message came from, kept on the reply.</param>
public sealed record ChatRef(long Id, ChatKind Kind, int? ThreadId = null)
{
    public bool IsGroup => Kind is ChatKind.Group or ChatKind.Supergroup;
}
