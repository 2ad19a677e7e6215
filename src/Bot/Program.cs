// Composition root. Subcommands: `check [DIR]` (content author's tool); otherwise the bot itself:
// the console chat without a Telegram token, the Telegram bot with one.
if (args.Length > 0 && args[0] == "check")
{
    return Bot.Check.CheckCommand.Run(args[1..], Console.Out, Console.Error);
}

// PLACEHOLDER (replaced by the conversation/host issues): the bot host itself.
Console.Error.WriteLine("The bot host is being assembled (issues #3–#5).");
return 1;
