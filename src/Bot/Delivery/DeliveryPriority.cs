namespace Bot.Delivery;

/// <summary>Who goes first when the limits bind: someone waiting for an answer beats a broadcast.</summary>
public enum DeliveryPriority
{
    Reply,
    Broadcast,
}
