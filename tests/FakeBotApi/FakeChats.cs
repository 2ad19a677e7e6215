using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FakeBotApi;

/// <summary>Users and chats shaped like Telegram's, for enqueuing updates.</summary>
public static class FakeChats
{
    public static User User(long id, string? languageCode = "en", string? firstName = null, string? username = null) =>
        new() { Id = id, FirstName = firstName ?? $"User{id}", Username = username, LanguageCode = languageCode };

    public static Chat Private(User user) => new() { Id = user.Id, Type = ChatType.Private, FirstName = user.FirstName, Username = user.Username };

    /// <summary>A basic group; ids are negative.</summary>
    public static Chat Group(long id, string title = "Group") => new() { Id = -Math.Abs(id), Type = ChatType.Group, Title = title };

    /// <summary>A supergroup; ids look like <c>-100…</c>.</summary>
    public static Chat Supergroup(long id, string title = "Supergroup", bool forum = false) =>
        new() { Id = -1_000_000_000_000 - Math.Abs(id), Type = ChatType.Supergroup, Title = title, IsForum = forum };

    public static Chat Forum(long id, string title = "Forum") => Supergroup(id, title, forum: true);
}
