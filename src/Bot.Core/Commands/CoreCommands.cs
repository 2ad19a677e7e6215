namespace Bot.Core.Commands;

/// <summary>The commands and button handlers of the conversation, in /help order.</summary>
public static class CoreCommands
{
    public static IReadOnlyList<IBotCommand> Create() =>
    [
        new StartCommand(), new HelpCommand(), new NextCommand(), new EventsCommand(), new AgendaCommand(),
        new SpeakerCommand(), new SlidesCommand(), new SearchCommand(), new LiveCommand(), new IcsCommand(),
    ];

    /// <summary>Handlers for buttons; commands that own buttons (events, agenda, slides) handle their own.</summary>
    public static IReadOnlyList<ICallbackHandler> Callbacks(IEnumerable<IBotCommand> commands) =>
        [.. commands.OfType<ICallbackHandler>(), .. CardCallbacks()];

    /// <summary>The handlers no command owns: opening a card, turning a result page.</summary>
    public static IReadOnlyList<ICallbackHandler> CardCallbacks() =>
        [new EventCardCallback(), new SpeakerCardCallback(), new TalkCardCallback(), new SearchPageCallback(), new DaysPageCallback()];
}
