using System.Globalization;
using Bot.Core.Formatting;

namespace Bot.Core.Localization;

/// <summary>The few things the Telegram edge itself says (the conversation says everything else); the instances live
/// with the rest of each language in <see cref="Strings"/>.</summary>
public sealed record EdgeTexts(
    string Apology,
    string NotAllowed,
    string StaleButton,
    string IntroductionFormat,
    string ReloadDone,
    string ReloadUnchanged,
    string Added,
    string Changed,
    string Removed,
    string FailedPages,
    string StatsFormat,
    string NotTracked)
{
    public string Introduction(string? username) =>
        Html.Escape(string.Format(CultureInfo.InvariantCulture, IntroductionFormat, username ?? "bot"));
}
