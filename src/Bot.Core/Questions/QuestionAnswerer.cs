using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Replies;

namespace Bot.Core.Questions;

/// <summary>Answers a question in words with the very cards and buttons the commands give (one source of truth):
/// "下一次直播是什么时候" gets /next's card for live streams, "谁讲过 MOSN" the talks /search finds, "Layotto 的分享有 PPT 吗"
/// the decks /slides lists. A word the catalog does not know is taken for its nearest name or title word ("Layoto");
/// a tie gets "Did you mean …" buttons; a question not understood gets one line and the closest ways on.</summary>
public static class QuestionAnswerer
{
    public static BotReply Answer(CommandContext context)
    {
        var view = context.View;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(view.Now, view.Zone).DateTime);
        var question = QuestionReader.Read(context.Arguments, view.Catalog, today);
        if (question.IsEmpty)
        {
            return NotUnderstood(context);
        }

        if (question.Has(Cue.Subscribe))
        {
            return SubscribeHelp(context);
        }

        var correction = NearMisses.Correct(PartialName(question, view), view);
        if (correction.Choices is { } choices)
        {
            return choices;
        }

        var targets = new QuestionTargets(WithoutStrayWords(correction.Question, view), view);
        var reply = new QuestionRoute(context, targets).Answer();
        if (targets.FellBackToPast && !reply.Html.Contains(Html.Escape(view.Strings.LatestPastHeading), StringComparison.Ordinal))
        {
            reply = WithNote(reply, view.Strings.NoUpcoming + view.Strings.SentenceGap + view.Strings.LatestPastHeading);
        }

        return correction.Note is { } note ? WithNote(reply, note) : reply;
    }

    private static BotReply WithNote(BotReply reply, string note) => reply with { Html = $"<i>{Html.Escape(note)}</i>\n{reply.Html}" };

    // Words the catalog has nothing for, beside something it does know (an event, a person, days, the next or last
    // one of a kind), are words no list had ("Who organised SOFAMeetup#18?"): answer what is known.
    private static Question WithoutStrayWords(Question question, ReplyContext view)
    {
        var known = question.Events.Count > 0 || question.People.Count > 0 || question.Range is not null
            || question.Moment != Moment.None || question.Has(Cue.LiveStream) || question.Has(Cue.Meetup);
        return known && question.Topic.Count > 0 && question.Topic.All(piece => view.Catalog.Search(piece, 1).Count == 0)
            ? question with { Topic = [] }
            : question;
    }

    // A topic that is part of exactly one speaker's name or 花名 (周群 for 周群力) names that speaker.
    private static Question PartialName(Question question, ReplyContext view)
    {
        if (question.People.Count > 0 || question.Topic.Count != 1 || !QuestionText.IsCjk(question.Topic[0][0]))
        {
            return question;
        }

        var named = view.Catalog.Search(question.Topic[0], 2, h => h.Kind == SearchHitKind.Speaker && h.Rank <= MatchRank.Name);
        return named.Count == 1 ? question with { People = [[named[0].Speaker!]], Topic = [] } : question;
    }

    internal static BotReply NotUnderstood(CommandContext context)
    {
        var view = context.View;
        var s = view.Strings;
        var buttons = new List<ReplyButton>();
        if ((view.Catalog.Next(view.Now) ?? view.Catalog.Events.FirstOrDefault()) is { } e)
        {
            buttons.Add(new ReplyButton(s.NextEventButton, CallbackData.Event(view.Catalog.KeyOf(e))));
        }

        buttons.Add(new ReplyButton(s.AllEventsButton, CallbackData.EventsPage(1)));
        return new BotReply(Html.Escape(s.NotUnderstood(Shorten.To(context.Arguments, 40)))) { Buttons = [buttons] };
    }

    private static BotReply SubscribeHelp(CommandContext context)
    {
        var s = context.Strings;
        var words = s.Subscriptions;
        if (!context.Commands.Any(c => c.Name == "subscribe"))
        {
            return new BotReply(Html.Escape(s.RemindersUnavailable));
        }

        return new BotReply(new HtmlBuilder().Text(words.SubscribeUsage).Paragraph()
            .Text("/reminders — " + words.RemindersDescription).Line()
            .Text("/tz — " + words.TimeZoneDescription).Line()
            .Text("/unsubscribe — " + words.UnsubscribeDescription).ToString());
    }
}
