using Bot.Core.Events;

namespace Bot.Core.Catalog;

/// <summary>A talk with the event it belongs to; <see cref="Id"/> is <c>{event short id}.{index}</c>.</summary>
public sealed record TalkRef(Event Event, string EventKey, Talk Talk, int Index)
{
    public string Id => $"{EventKey}.{Index}";
}
