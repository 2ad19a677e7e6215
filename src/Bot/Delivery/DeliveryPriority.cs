namespace Bot.Delivery;

/// <summary>Who goes first when the limits bind: someone waiting for an answer, then reminders, then bulk posts.</summary>
public enum DeliveryPriority
{
    Reply,
    Reminder,
    Broadcast,
}
