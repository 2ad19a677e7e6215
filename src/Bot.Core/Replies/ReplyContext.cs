using Bot.Core.Catalog;
using Bot.Core.Localization;

namespace Bot.Core.Replies;

/// <summary>What every reply is rendered against: one catalog snapshot, the reader's language, the chat's zone and now.</summary>
public sealed record ReplyContext(CatalogSnapshot Catalog, Strings Strings, TimeZoneInfo Zone, DateTimeOffset Now);
