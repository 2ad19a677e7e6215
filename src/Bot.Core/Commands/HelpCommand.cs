using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;

namespace Bot.Core.Commands;

/// <summary>/help: generated from the commands' own descriptions, so it lists whatever the host registered.</summary>
public sealed class HelpCommand : IBotCommand
{
    public string Name => "help";

    public string Describe(string? languageCode) => Strings.For(languageCode).HelpDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) =>
        Reply.One(Render(context));

    internal static BotReply Render(CommandContext context, string? greeting = null)
    {
        var html = new HtmlBuilder();
        if (greeting is not null)
        {
            html.Text(greeting).Paragraph();
        }

        html.Bold(context.Strings.HelpHeading).Line();
        foreach (var command in context.Commands.Where(c => c.IsListed))
        {
            html.Text("/" + command.Name + " — " + command.Describe(context.LanguageCode)).Line();
        }

        return new BotReply(html.Paragraph().Italic(context.Strings.HelpFooter).ToString());
    }
}
