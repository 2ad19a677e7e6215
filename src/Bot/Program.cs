// Composition root. Subcommands: `check [DIR]` (content author's tool); otherwise the bot itself:
// the console chat without a Telegram token, the Telegram bot with one.
using Bot.Hosting;

return await BotApplication.RunAsync(args, Console.In, Console.Out, interactive: !Console.IsInputRedirected);
