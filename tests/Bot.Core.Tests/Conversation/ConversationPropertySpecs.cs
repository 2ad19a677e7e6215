using Bot.Core.Commands;
using Bot.Core.Tests.Support;
using CsCheck;

namespace Bot.Core.Tests.Conversation;

public sealed class ConversationPropertySpecs
{
    private static readonly string[] Names = [.. CoreCommands.Create().Select(c => c.Name), "unknown", "START", "agenda@SofaBot", "next@OtherBot", ""];

    private static readonly Gen<string> AnyUnicode = Gen.String[Gen.Char[char.MinValue, char.MaxValue], 0, 300];

    private static readonly Gen<string> Tricky = Gen.OneOf<string>(
        "<b>x</b>&", "</i><script>", "&amp;&lt;&#x1F600;", "channel 24", "#24", "meetup 14", "仪式", "服务发现", "99999999999999999999",
        "-1", "0", "😀😀😀", "\u00A0\u3000\t\r\n", "/start event_", "event_zzzzzzzz", "speaker_", "\"'`", "a\n\n\nb");

    private static readonly Gen<string> Argument = Gen.Frequency(
        (4, AnyUnicode),
        (4, Tricky),
        (1, Gen.Int[9_000, 11_000].Select(n => new string('字', n))),
        (1, Gen.Int[0, 3].SelectMany(n => Tricky.Array[n]).Select(parts => string.Join(' ', parts))));

    private static readonly Gen<string> CommandLine = Gen.Select(Gen.OneOf(Names), Argument, Gen.Bool)
        .Select((name, argument, slash) => (slash ? "/" : string.Empty) + name + " " + argument);

    [Fact]
    public void Random_command_lines_never_throw_and_every_reply_is_valid_telegram_html()
    {
        var bot = new ConversationDriver();

        Gen.Select(CommandLine, Gen.OneOf<string?>("zh", "en", null), Gen.Bool).Sample((line, language, inGroup) =>
        {
            var replies = bot.Send(line, language, inGroup ? ConversationDriver.Group : ConversationDriver.Private);

            foreach (var reply in replies)
            {
                reply.ShouldBeValidTelegram();
                foreach (var button in reply.AllButtons().Where(b => b.CallbackData is not null))
                {
                    bot.Press(button.CallbackData!, language)?.ShouldBeValidTelegram();
                }
            }
        }, iter: 400);
    }

    [Fact]
    public void Random_button_data_never_throws() =>
        Gen.Select(Gen.OneOf<string>("ev", "ag", "sl", "sp", "tk", "pg", "zz", ""), AnyUnicode).Sample((prefix, payload) =>
            new ConversationDriver().Press(prefix + ":" + payload)?.ShouldBeValidTelegram(), iter: 200);

    [Fact]
    public void A_ten_thousand_character_argument_gets_a_valid_reply_from_every_command()
    {
        var bot = new ConversationDriver();
        var huge = string.Concat(Enumerable.Repeat("<b>服务发现&", 1_250));

        foreach (var command in CoreCommands.Create())
        {
            var replies = bot.Send($"/{command.Name} {huge}", "en");

            replies.Should().NotBeEmpty(command.Name);
            replies.Should().AllSatisfy(r => r.ShouldBeValidTelegram());
        }
    }
}
