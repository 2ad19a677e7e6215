using Bot.Core.Conversation;
using Bot.Core.Replies;

namespace Bot.Core.Questions;

/// <summary>A question whose topic finds nothing, with its words mended (<see cref="NearMissAnswers"/>).</summary>
internal static class NearMisses
{
    internal sealed record Correction(Question Question, string? Note, BotReply? Choices);

    public static Correction Correct(Question question, ReplyContext view)
    {
        // Beside a person or an event already named, leftover words are noise to leave alone, not typos to mend.
        if (question.Topic.Count == 0 || question.People.Count > 0 || question.Events.Count > 0 || view.Catalog.Search(question.TopicText, 1).Count > 0)
        {
            return new Correction(question, null, null);
        }

        var mended = NearMissAnswers.Mend(question.Topic, view, namesAsWords: false);
        return mended.Notes.Count == 0 || mended.Choices is not null
            ? new Correction(question, null, mended.Choices)
            : new Correction(question with { Topic = mended.Topic, People = [.. question.People, .. mended.People] }, string.Join(" ", mended.Notes), null);
    }
}
