using FakeBotApi;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.Telegram;

public sealed class GroupChatSpecs : IAsyncLifetime
{
    private static readonly global::Telegram.Bot.Types.User Member = FakeChats.User(21, "en");
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/help")]
    [InlineData("/help@fake_bot")]
    [InlineData("/next@Fake_Bot")]
    [InlineData("/events")]
    [InlineData("/agenda@fake_bot 40")]
    [InlineData("/speaker 仪式")]
    [InlineData("/slides@fake_bot")]
    [InlineData("/search@fake_bot Layotto")]
    [InlineData("/live")]
    [InlineData("/start@fake_bot")]
    public async Task Commands_in_a_group_are_answered_as_replies_to_the_asking_message(string command)
    {
        // Arrange
        var group = FakeChats.Group(500);

        // Act
        var reply = await _bot.AskAsync(group, Member, command);

        // Assert: AskAsync matched reply_parameters.message_id to the asking message
        reply.ParseMode.Should().BeEquivalentTo("html");
        _bot.FailedUpdates().Should().BeEmpty();
    }

    [Fact]
    public async Task The_ics_command_in_a_supergroup_arrives_as_a_document_replying_to_the_asker()
    {
        // Arrange
        var group = FakeChats.Supergroup(501);

        // Act
        var reply = await _bot.AskAsync(group, Member, "/ics@fake_bot 40");

        // Assert
        reply.Method.Should().Be("sendDocument");
        reply.Files.Should().ContainSingle(f => f.FileName.EndsWith(".ics"));
    }

    [Fact]
    public async Task Questions_in_one_chat_are_answered_in_the_order_they_were_asked()
    {
        // Arrange
        var group = FakeChats.Supergroup(505);
        var mark = _bot.Server.LastSequence;
        var asked = Enumerable.Range(0, 30).Select(i => _bot.Server.EnqueueMessage(group, Member, i % 2 == 0 ? "/help" : "/next").Message!.Id).ToList();

        // Act
        var replies = await _bot.Server.WaitForRequestsAsync(r => r.Sequence > mark && r.Succeeded && r.Method == "sendMessage" && r.ChatId == group.Id, 30);

        // Assert
        replies.Select(r => r.ReplyToMessageId).Should().Equal(asked.Select(id => (int?)id));
    }

    [Fact]
    public async Task Commands_and_questions_for_another_bot_and_plain_chatter_are_ignored()
    {
        // Arrange
        var group = FakeChats.Supergroup(502);
        var mark = _bot.Server.LastSequence;
        _bot.Server.EnqueueMessage(group, Member, "/help@OtherBot");
        _bot.Server.EnqueueMessage(group, Member, "what time is the meetup?");
        _bot.Server.EnqueueMessage(group, Member, "下次直播什么时候？");
        _bot.Server.EnqueueMessage(group, Member, "@OtherBot 下次直播什么时候？");
        _bot.Server.EnqueueMessage(group, Member, "mail me at someone@fake_bot.example");

        // Act: a later command in the same chat is handled after both (one chat is handled in order)
        var reply = await _bot.AskAsync(group, Member, "/help");

        // Assert
        _bot.Server.Requests.Where(r => r.Sequence > mark && r.Method is "sendMessage" or "sendDocument")
            .Should().ContainSingle().Which.Should().Be(reply);
    }

    [Theory]
    [InlineData("@fake_bot 下次直播什么时候？", "zh-CN", "SOFAChannel#40")]
    [InlineData("When is the next live stream, @Fake_Bot?", "en", "SOFAChannel#40")]
    [InlineData("@fake_bot 仪式是谁", "zh-CN", "周群力")]
    public async Task A_question_that_mentions_the_bot_in_a_group_is_answered_as_a_reply(string question, string language, string expected)
    {
        // Arrange
        var group = FakeChats.Supergroup(506);

        // Act
        var reply = await _bot.AskAsync(group, FakeChats.User(23, language), question);

        // Assert: AskAsync matched reply_parameters.message_id to the asking message
        reply.Text.Should().Contain(expected).And.NotContain("@fake_bot");
        _bot.FailedUpdates().Should().BeEmpty();
    }

    [Fact]
    public async Task A_question_replying_to_one_of_the_bots_messages_is_answered_and_one_replying_to_a_member_is_not()
    {
        // Arrange
        var group = FakeChats.Supergroup(507);
        await _bot.AskAsync(group, Member, "/help@fake_bot");
        var ours = _bot.Server.Messages(group.Id).Last(m => m.FromBot).MessageId;
        var theirs = _bot.Server.Messages(group.Id).First(m => !m.FromBot).MessageId;
        var mark = _bot.Server.LastSequence;

        // Act
        _bot.Server.EnqueueMessage(group, Member, "who is Layotto's author?", replyToMessageId: theirs);
        var asked = _bot.Server.EnqueueMessage(group, Member, "and who is 仪式?", replyToMessageId: ours).Message!.Id;
        var reply = await _bot.Server.WaitForRequestAsync(r => r.Sequence > mark && r.Succeeded && r.Method == "sendMessage" && r.ChatId == group.Id);
        var later = await _bot.AskAsync(group, Member, "/help");

        // Assert: one chat is handled in order, so nothing was sent for the reply to a member
        reply.ReplyToMessageId.Should().Be(asked);
        reply.Text.Should().Contain("周群力");
        _bot.Server.Requests.Where(r => r.Sequence > mark && r.Method == "sendMessage").Should().Equal(reply, later);
    }

    [Fact]
    public async Task A_question_in_a_forum_topic_is_answered_in_that_topic()
    {
        // Arrange
        var forum = FakeChats.Forum(503);

        // Act
        var reply = await _bot.AskAsync(forum, Member, "/next@fake_bot", threadId: 77);

        // Assert
        reply.MessageThreadId.Should().Be(77);
        _bot.Server.Messages(forum.Id).Should().Contain(m => m.FromBot && m.ThreadId == 77);
    }

    [Fact]
    public async Task Being_added_to_a_group_brings_a_one_line_introduction()
    {
        // Arrange
        var group = FakeChats.Group(504);
        var mark = _bot.Server.LastSequence;

        // Act
        _bot.Server.EnqueueMyChatMember(group, FakeChats.User(22, "zh-CN"), ChatMemberStatus.Left, ChatMemberStatus.Member);
        var hello = await _bot.Server.WaitForCallAsync("sendMessage", group.Id, mark);

        // Assert
        hello.Text.Should().Contain("@fake_bot").And.Contain("/help").And.NotContain("\n");
    }

    [Fact]
    public async Task A_group_title_with_a_newline_cannot_forge_a_log_line()
    {
        // Arrange
        var group = FakeChats.Group(509, "Evil\nfail: Bot[0] admin token leaked\u202E");

        // Act
        var update = _bot.Server.EnqueueMyChatMember(group, FakeChats.User(23), ChatMemberStatus.Left, ChatMemberStatus.Member);
        await _bot.WhenHandledAsync(update);

        // Assert
        var added = _bot.Logs.GetSnapshot().Should().ContainSingle(r => r.Message.StartsWith($"Added to Group chat {group.Id}")).Subject;
        added.Message.Should().Be($"Added to Group chat {group.Id} (Evil\\nfail: Bot[0] admin token leaked\\u202E) by user 23");
    }
}
