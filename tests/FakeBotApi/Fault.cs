namespace FakeBotApi;

/// <summary>Something that goes wrong with a call, injected by a test.</summary>
public abstract record Fault
{
    /// <summary>429 with <c>retry_after</c>.</summary>
    public static Fault TooManyRequests(int retryAfterSeconds) => new ErrorFault(ApiError.TooManyRequests(retryAfterSeconds));
    public static Fault ServerError(int statusCode = 500) => new ErrorFault(ApiError.ServerError(statusCode));
    public static Fault BlockedByUser() => new ErrorFault(ApiError.BlockedByUser());
    public static Fault ChatNotFound() => new ErrorFault(ApiError.ChatNotFound());
    public static Fault Migrated(long newChatId) => new ErrorFault(ApiError.Migrated(newChatId));
    public static Fault Answer(ApiError error) => new ErrorFault(error);
    /// <summary>The call is held this long, then answered normally.</summary>
    public static Fault Slow(TimeSpan delay) => new SlowFault(delay);
    /// <summary>The connection is closed without an answer (the client sees a network failure).</summary>
    public static Fault DropConnection() => new DropFault();
    /// <summary>The call is carried out (a message is created), then the connection is closed without an answer: the
    /// client cannot tell this from a call lost on its way, as with a timeout after Telegram accepted the call.</summary>
    public static Fault AnswerLost() => new AnswerLostFault();
}

public sealed record ErrorFault(ApiError Error) : Fault;

public sealed record SlowFault(TimeSpan Delay) : Fault;

public sealed record DropFault : Fault;

public sealed record AnswerLostFault : Fault;
