namespace Bot.Core.Events;

/// <summary>How people attend: 线上直播 (online), 线下活动 (offline) or both.</summary>
public enum EventForm
{
    Unknown,
    Online,
    Offline,
    Hybrid,
}
