namespace Bot.Core.Recaps.Dates;

/// <summary>Sign-in, doors and check-in: an hour before the event that is neither its start nor the first row of its
/// programme (RECAP-FORMAT §14).</summary>
internal static class SignIn
{
    private static readonly Text.WordSet Words = new("签到", "入场", "registration", "check-in", "doors", "arrive", "arrival");

    public static bool In(string text) => Words.In(text);
}
