// Composition root. Subcommands: `check [DIR]` (content author's tool); otherwise the bot itself:
// the console chat without a Telegram token, the Telegram bot with one.
Console.Error.WriteLine("The bot host is being assembled (issues #2–#5).");
return 1;
