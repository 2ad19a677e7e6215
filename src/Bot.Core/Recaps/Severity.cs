namespace Bot.Core.Recaps;

public enum Severity
{
    Info,
    Warning,
    Error,
}
