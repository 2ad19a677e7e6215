using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

/// <summary>Which messages that are no commands are questions for us.</summary>
public sealed class AddressingSpecs
{
    private static readonly ChatRef Private = new(1, ChatKind.Private);
    private static readonly ChatRef Group = new(-5, ChatKind.Supergroup);
    private static readonly Sender Member = new(9, "zh");

    [Theory]
    [InlineData("@OurBot 下次直播什么时候？", "下次直播什么时候？")]
    [InlineData("下次直播什么时候？@ourbot", "下次直播什么时候？")]
    [InlineData("Hey @OURBOT, who is 仪式?", "Hey , who is 仪式?")]
    [InlineData("@OurBot", "")]
    public void In_a_group_a_message_mentioning_us_is_a_question_without_the_mention(string text, string question) =>
        Addressing.QuestionIn(new IncomingMessage(Group, Member, text, "OurBot")).Should().Be(question);

    [Theory]
    [InlineData("下次直播什么时候？")]
    [InlineData("@OtherBot 下次直播什么时候？")]
    [InlineData("@OurBotFan is a fan account")]
    [InlineData("write to someone@OurBot.example")]
    public void In_a_group_plain_chatter_and_mentions_of_others_are_not_for_us(string text)
    {
        var message = new IncomingMessage(Group, Member, text, "OurBot");

        Addressing.QuestionIn(message).Should().BeNull();
        Addressing.ExpectsAnswer(message).Should().BeFalse("nobody waits for an answer, so a failure needs no apology");
    }

    [Fact]
    public void In_a_group_a_reply_to_one_of_our_messages_is_a_question()
    {
        var message = new IncomingMessage(Group, Member, "and the slides?", "OurBot", RepliesToBot: true);

        Addressing.QuestionIn(message).Should().Be("and the slides?");
        Addressing.ExpectsAnswer(message).Should().BeTrue();
    }

    [Fact]
    public void In_a_private_chat_every_message_is_for_us_and_offline_there_is_no_username()
    {
        Addressing.QuestionIn(new IncomingMessage(Private, Member, " 谁讲过 MOSN ", null)).Should().Be("谁讲过 MOSN");
        Addressing.QuestionIn(new IncomingMessage(Private, Member, "@OurBot 谁讲过 MOSN", "OurBot")).Should().Be("谁讲过 MOSN");
    }

    [Fact]
    public void A_channel_post_is_never_a_question() =>
        Addressing.QuestionIn(new IncomingMessage(new ChatRef(-7, ChatKind.Channel), Member, "@OurBot hi", "OurBot")).Should().BeNull();

    [Theory]
    [InlineData("/next", true)]
    [InlineData("/next@OurBot", true)]
    [InlineData("/next@OtherBot", false)]
    [InlineData("/", false)]
    public void In_a_group_our_commands_expect_an_answer_and_others_do_not(string text, bool expected) =>
        Addressing.ExpectsAnswer(new IncomingMessage(Group, Member, text, "OurBot")).Should().Be(expected);
}
