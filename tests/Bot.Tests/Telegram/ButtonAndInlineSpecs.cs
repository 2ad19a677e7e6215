using FakeBotApi;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.Telegram;

public sealed class ButtonAndInlineSpecs : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Pressing_a_page_button_edits_the_message_and_answers_the_press()
    {
        // Arrange
        var user = FakeChats.User(31);
        var chat = FakeChats.Private(user);
        var list = await _bot.AskAsync(chat, user, "/events");
        var sent = _bot.Server.Messages(chat.Id).Last(m => m.FromBot);
        var mark = _bot.Server.LastSequence;

        // Act
        _bot.Server.EnqueueCallbackQuery(user, chat.Id, sent.MessageId, list.CallbackData.Last());
        var edit = await _bot.Server.WaitForCallAsync("editMessageText", chat.Id, mark);
        var answer = await _bot.Server.WaitForCallAsync("answerCallbackQuery", null, mark);

        // Assert
        edit.Parameters["message_id"]!.GetValue<int>().Should().Be(sent.MessageId);
        _bot.Server.Message(chat.Id, sent.MessageId)!.Text.Should().NotBe(sent.Text);
        answer.Sequence.Should().BeGreaterThan(edit.Sequence);
    }

    [Fact]
    public async Task A_stale_button_is_answered_with_a_notice_and_nothing_is_edited()
    {
        // Arrange
        var user = FakeChats.User(32);
        var chat = FakeChats.Private(user);
        await _bot.AskAsync(chat, user, "/help");
        var sent = _bot.Server.Messages(chat.Id).Last(m => m.FromBot);
        var mark = _bot.Server.LastSequence;

        // Act
        _bot.Server.EnqueueCallbackQuery(user, chat.Id, sent.MessageId, "zz:unknown");
        var answer = await _bot.Server.WaitForCallAsync("answerCallbackQuery", null, mark);

        // Assert
        answer.Text.Should().NotBeNullOrEmpty();
        _bot.Server.Requests.Should().NotContain(r => r.Sequence > mark && r.Method == "editMessageText");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Layotto")]
    [InlineData("仪式")]
    public async Task An_inline_query_is_answered_with_at_most_20_html_articles(string query)
    {
        // Arrange
        var mark = _bot.Server.LastSequence;

        // Act
        _bot.Server.EnqueueInlineQuery(FakeChats.User(33, "zh"), query);
        var answer = await _bot.Server.WaitForCallAsync("answerInlineQuery", null, mark);

        // Assert
        var results = answer.Parameters["results"]!.AsArray();
        results.Count.Should().BeInRange(1, 20);
        results.Should().AllSatisfy(r => ((string?)r!["input_message_content"]!["parse_mode"]).Should().BeEquivalentTo("html"));
    }

    [Fact]
    public async Task Edited_messages_are_ignored()
    {
        // Arrange
        var user = FakeChats.User(34);
        var chat = FakeChats.Private(user);
        var mark = _bot.Server.LastSequence;
        var first = _bot.Server.EnqueueMessage(chat, user, "/help");
        await _bot.Server.WaitForCallAsync("sendMessage", chat.Id, mark);

        // Act
        _bot.Server.EnqueueEditedMessage(chat, user, first.Message!.Id, "/next");
        var after = await _bot.AskAsync(chat, user, "/live");

        // Assert: the /help answer and the /live answer, nothing for the edit
        _bot.Server.Requests.Where(r => r.Method == "sendMessage" && r.ChatId == chat.Id).Should().HaveCount(2);
        after.Sequence.Should().BeGreaterThan(mark);
    }

    [Fact]
    public async Task Removal_from_a_group_is_recorded_through_the_lifecycle_port()
    {
        // Arrange
        var group = FakeChats.Supergroup(600);
        var mark = _bot.Server.LastSequence;

        // Act
        var update = _bot.Server.EnqueueMyChatMember(group, FakeChats.User(35), ChatMemberStatus.Member, ChatMemberStatus.Kicked);
        await _bot.WhenHandledAsync(update);

        // Assert
        _bot.Logs.GetSnapshot().Should().Contain(r => r.Message.Contains($"Bot can no longer write to chat {group.Id}: Kicked"));
        _bot.Server.Requests.Should().NotContain(r => r.Sequence > mark && r.ChatId == group.Id);
    }
}
