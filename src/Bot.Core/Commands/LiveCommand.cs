using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/live: the live room of the event on air now or next; replay links when everything is over.</summary>
public sealed class LiveCommand : IBotCommand
{
    public string Name => "live";

    public string Describe(string? languageCode) => Strings.For(languageCode).LiveDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var view = context.View;
        var s = context.Strings;
        if (view.Catalog.Next(view.Now) is { } e)
        {
            var html = new HtmlBuilder().Bold(s.LiveHeading).Text(" · ").Text(e.Title).Line().Text(s.TimeLabel + When.Of(e, view));
            if (When.IsLive(e, view.Now))
            {
                html.Text(" · ").Bold(s.LiveNowLabel);
            }

            html.Line();
            if (!HtmlBuilder.IsWebUrl(e.LiveUrl))
            {
                return Reply.One(new BotReply(html.Text(s.NoLiveRoom).ToString()));
            }

            html.Link(e.LiveUrl, e.LiveUrl);
            return Reply.One(new BotReply(html.ToString()) { Buttons = [[new ReplyButton(s.LiveButton, Url: e.LiveUrl)]] });
        }

        if (view.Catalog.LatestPast(view.Now) is not { } past)
        {
            return Reply.Text(s.NoUpcoming);
        }

        var replay = new HtmlBuilder().Text(s.ReplaysHeading).Paragraph().Bold(past.Title).Line().Text(When.Of(past, view)).Line();
        var any = false;
        if (HtmlBuilder.IsWebUrl(past.ReplayUrl))
        {
            replay.Link(s.ReplayLink, past.ReplayUrl).Line();
            any = true;
        }

        foreach (var talk in past.Talks.Where(t => HtmlBuilder.IsWebUrl(t.ReplayUrl) && t.ReplayUrl != past.ReplayUrl))
        {
            replay.Text("• ").Link(talk.Title, talk.ReplayUrl).Line();
            any = true;
        }

        return Reply.One(new BotReply((any ? replay : replay.Text(s.NoReplay)).ToString()));
    }
}
