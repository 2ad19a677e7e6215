using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/start [payload]: a greeting, or the card a deep link names (<c>event_&lt;id&gt;</c>,
/// <c>speaker_&lt;id&gt;</c>; ids are the 8-character short ids, so payloads stay within [A-Za-z0-9_-]{1,64}); a payload
/// naming nothing we know gets a line saying so before the greeting.</summary>
public sealed class StartCommand : IBotCommand
{
    public const string EventPayload = "event_";
    public const string SpeakerPayload = "speaker_";

    public string Name => "start";

    public string Describe(string? languageCode) => Strings.For(languageCode).StartDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var payload = context.Arguments;
        if (payload.StartsWith(EventPayload, StringComparison.Ordinal) && context.Catalog.FindEvent(payload[EventPayload.Length..]) is { } e)
        {
            return Reply.One(EventCard.Render(e, context.View));
        }

        if (payload.StartsWith(SpeakerPayload, StringComparison.Ordinal))
        {
            var id = payload[SpeakerPayload.Length..];
            var speaker = context.Catalog.FindSpeakerById(id) ?? context.Catalog.FindSpeakersByName(id.Replace('_', ' ')).FirstOrDefault();
            if (speaker is not null)
            {
                return Reply.One(SpeakerCard.Render(speaker, context.View));
            }
        }

        // A link we do not know (stale, mistyped, or some other bot's) is said so before the greeting, never ignored.
        var greeting = payload.Length == 0 ? context.Strings.Greeting : context.Strings.UnknownStartLink + context.Strings.SentenceGap + context.Strings.Greeting;
        return Reply.One(HelpCommand.Render(context, greeting));
    }

    /// <summary>The deep-link payload that opens an event's card: <c>t.me/&lt;bot&gt;?start=&lt;payload&gt;</c>.</summary>
    public static string LinkTo(string eventKey) => EventPayload + eventKey;

    public static string LinkToSpeaker(string speakerId) => SpeakerPayload + speakerId;
}
