namespace Bot.Core.Recaps.Dates;

/// <summary>Sign-in, doors and check-in: an hour before the event that is neither its start nor the first row of its
/// programme (RECAP-FORMAT §14).</summary>
internal static class SignIn
{
    private static readonly Text.WordSet Words = new("签到", "入场", "registration", "check-in", "doors");

    // A timetable's first row may say it in other words (`6:00 - Arrive, eat, mingle`); a sentence that asks people to
    // arrive early (`Please arrive by 6:45, we start at 7`) still says when the event starts.
    private static readonly Text.WordSet RowWords = new("arrive", "arrival");

    public static bool In(string text) => Words.In(text);

    /// <summary>Whether an agenda row's title is the sign-in before the programme.</summary>
    public static bool OpensRow(string title) => Words.In(title) || RowWords.In(title);
}
