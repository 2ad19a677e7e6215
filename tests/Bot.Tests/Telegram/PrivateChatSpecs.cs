using Bot.Telegram.Receiving;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

public sealed class PrivateChatSpecs : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/start")]
    [InlineData("/help")]
    [InlineData("/events")]
    [InlineData("/next")]
    [InlineData("/agenda")]
    [InlineData("/agenda 40")]
    [InlineData("/speaker 仪式")]
    [InlineData("/slides")]
    [InlineData("/search 服务发现")]
    [InlineData("/live")]
    [InlineData("/ics")]
    public async Task Every_command_is_answered_in_telegram_html_in_a_private_chat(string command)
    {
        // Arrange
        var user = FakeChats.User(7, "en");

        // Act
        var reply = await _bot.AskAsync(FakeChats.Private(user), user, command);

        // Assert
        reply.ParseMode.Should().BeEquivalentTo("html");
        reply.ReplyToMessageId.Should().BeNull("private answers need no quote");
        _bot.FailedUpdates().Should().BeEmpty();
        _bot.Server.Requests.Should().NotContain(r => r.StatusCode == 400);
    }

    [Fact]
    public async Task Chats_that_were_answered_hold_nothing_in_the_dispatcher()
    {
        // Arrange: every private chat is a lane while it has updates; a bot meets thousands of chats over its life.
        var users = Enumerable.Range(100, 20).Select(id => FakeChats.User(id)).ToList();

        // Act
        foreach (var user in users)
        {
            await _bot.AskAsync(FakeChats.Private(user), user, "/help");
        }

        await _bot.Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        _bot.FailedUpdates().Should().BeEmpty();
        _bot.Host.Services.GetRequiredService<UpdateDispatcher>().ActiveChats.Should().Be(0);
    }

    [Fact]
    public async Task A_chinese_client_gets_chinese_answers()
    {
        // Arrange
        var user = FakeChats.User(8, "zh-hans");

        // Act
        var reply = await _bot.AskAsync(FakeChats.Private(user), user, "/next");

        // Assert
        _bot.FailedUpdates().Should().BeEmpty();
        reply.Text.Should().Contain("未来的直播").And.MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public async Task The_ics_command_arrives_as_a_calendar_document()
    {
        // Arrange
        var user = FakeChats.User(9);

        // Act
        var mark = _bot.Server.LastSequence;
        _bot.Server.EnqueueMessage(FakeChats.Private(user), user, "/ics 40");
        var document = await _bot.Server.WaitForCallAsync("sendDocument", user.Id, mark);

        // Assert
        var file = document.Files.Should().ContainSingle().Which;
        file.FileName.Should().EndWith(".ics");
        System.Text.Encoding.UTF8.GetString(file.Content).Should().Contain("BEGIN:VCALENDAR").And.Contain("20261203");
    }

    [Fact]
    public async Task At_start_the_bot_learns_its_name_and_lists_its_commands_in_both_languages()
    {
        // Act
        await _bot.Server.WaitForCallAsync("deleteWebhook");

        // Assert
        _bot.Server.Requests.Should().Contain(r => r.Method == "getMe" && r.Succeeded);
        _bot.Server.MyCommands("default", "zh").Should().Contain(c => c.Command == "agenda");
        _bot.Server.MyCommands("default", "en").Should().Contain(c => c.Command == "agenda");
        _bot.Server.MyCommands().Should().NotBeEmpty().And.NotContain(c => c.Command == "reload" || c.Command == "stats");
        var poll = await _bot.Server.WaitForCallAsync("getUpdates");
        poll.Parameters["allowed_updates"]!.AsArray().Select(n => (string?)n).Should()
            .BeEquivalentTo("message", "edited_message", "callback_query", "inline_query", "my_chat_member");
    }
}
