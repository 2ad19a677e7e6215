namespace FakeBotApi;

/// <summary>The text a Telegram client would show after HTML entity parsing, or the reason Telegram refuses it.</summary>
public sealed record HtmlParseResult(string PlainText, string? Error)
{
    public bool IsValid => Error is null;
}
