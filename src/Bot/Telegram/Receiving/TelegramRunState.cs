namespace Bot.Telegram.Receiving;

/// <summary>Why the host stopped on its own, for the process exit code.</summary>
public sealed class TelegramRunState
{
    private int _tokenRejected;

    /// <summary>Telegram answered 401/404 to our token: no point in running on.</summary>
    public bool TokenRejected => Volatile.Read(ref _tokenRejected) == 1;

    internal void RejectToken() => Volatile.Write(ref _tokenRejected, 1);
}
