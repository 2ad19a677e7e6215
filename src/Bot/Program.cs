// Composition root. Subcommands: `check [DIR]` (content author's tool); otherwise the bot itself:
// the console chat without a Telegram token, the Telegram bot with one.
using Bot.Check;
using Bot.Hosting;

if (args.Length > 0 && args[0] == "check")
{
    return CheckCommand.Run(args[1..], Console.Out, Console.Error, CheckConfiguration.Load());
}

return await BotApplication.RunAsync(args, Console.In, Console.Out, interactive: !Console.IsInputRedirected);
