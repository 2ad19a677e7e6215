using Bot.Core.Conversation;
using Bot.Storage;
using Bot.Storage.Sqlite;
using Bot.Telegram;
using Bot.Tests.Reminders;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;

namespace Bot.Tests.Telegram;

public sealed class PollingResilienceSpecs : IAsyncLifetime
{
    private static readonly global::Telegram.Bot.Types.User Alice = FakeChats.User(51);
    private static readonly global::Telegram.Bot.Types.Chat AliceChat = FakeChats.Private(Alice);
    private FakeTelegramServer _server = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        _folder = Directory.CreateTempSubdirectory("bot-telegram-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_restart_neither_repeats_the_last_batch_nor_loses_what_arrived_while_down()
    {
        // Arrange: three questions answered, then the bot stops
        await using (var first = await BotHarness.StartAsync(server: _server, folder: _folder))
        {
            foreach (var command in new[] { "/help", "/next", "/live" }) await first.AskAsync(AliceChat, Alice, command);
        }
        var whileDown = _server.EnqueueMessage(AliceChat, Alice, "/events");

        // Act
        await using var second = await BotHarness.StartAsync(server: _server, folder: _folder);
        await second.WhenHandledAsync(whileDown);

        var inbox = second.Host.Services.GetRequiredService<IUpdateInbox>();
        var (lastReceived, _) = await inbox.OpenAsync(CancellationToken.None);
        var left = await Eventually.WaitForAsync(async () => (await inbox.OpenAsync(CancellationToken.None)).Pending.Count, n => n == 0);

        // Assert
        _server.SentTo(AliceChat.Id).Should().HaveCount(4);
        lastReceived.Should().Be(whileDown.Id);
        left.Should().Be(0, "handled updates leave the inbox");
    }

    [Fact]
    public async Task An_update_confirmed_to_telegram_but_unhandled_at_shutdown_is_handled_after_the_restart()
    {
        // Arrange: the first run keeps /search stuck until shutdown gives up on it; Telegram has it confirmed by then
        var stuck = new TaskCompletionSource();
        var question = _server.EnqueueMessage(AliceChat, Alice, "/search stuck");
        await using (var first = await BotHarness.StartAsync(server: _server, folder: _folder,
            services: s => s.AddSingleton<IConversation>(sp => new StuckConversation(ActivatorUtilities.CreateInstance<CatalogConversation>(sp), stuck.Task))))
        {
            await _server.WaitForRequestAsync(r => r.Method == "getUpdates" && r.Parameters["offset"] is { } o && o.GetValue<int>() > question.Id);
        }
        var repliesBeforeRestart = _server.SentTo(AliceChat.Id).Count;

        // Act
        await using var second = await BotHarness.StartAsync(server: _server, folder: _folder);
        await _server.WaitForRequestAsync(r => r.Method == "sendMessage" && r.ChatId == AliceChat.Id);

        // Assert
        repliesBeforeRestart.Should().Be(0);
        _server.SentTo(AliceChat.Id).Should().ContainSingle("the kept update is handled once, after the restart");
        second.Logs.GetSnapshot().Should().Contain(r => r.Message.StartsWith("Handling 1 updates kept from before the restart"));
    }

    [Fact]
    public async Task An_update_in_hand_at_every_stop_is_dropped_after_three_restarts_while_the_one_queued_behind_it_is_answered()
    {
        // Arrange: /search stuck is in hand at every stop (as if it brought the bot down each time); /next waits behind
        // it. The first run takes it fresh and does not mark it: counting starts with the run that finds it kept.
        var stuck = _server.EnqueueMessage(AliceChat, Alice, "/search stuck");
        _server.EnqueueMessage(AliceChat, Alice, "/next");
        for (var run = 0; run <= SqliteUpdateInbox.MaxRestarts + 1; run++)
        {
            var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var crashing = await BotHarness.StartAsync(server: _server, folder: _folder, services: s => s.AddSingleton<IConversation>(sp =>
                new StuckConversation(ActivatorUtilities.CreateInstance<CatalogConversation>(sp), Task.Delay(Timeout.Infinite), entered)));
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        // Act
        await using var restarted = await BotHarness.StartAsync(server: _server, folder: _folder);
        await _server.WaitForRequestAsync(r => r.Method == "sendMessage" && r.ChatId == AliceChat.Id);

        // Assert
        _server.SentTo(AliceChat.Id).Should().ContainSingle("/next is answered once; the poison /search never");
        restarted.FailedUpdates().Should().ContainSingle().Which.Should().Contain($"Update {stuck.Id} was in hand and unhandled at {SqliteUpdateInbox.MaxRestarts} stops in a row");
    }

    [Fact]
    public async Task Only_updates_kept_from_before_the_start_are_written_as_in_hand()
    {
        // Arrange: /search stuck is kept but unhandled when the first run stops
        var marked = new List<int>();
        var stuck = _server.EnqueueMessage(AliceChat, Alice, "/search stuck");
        await using (var first = await BotHarness.StartAsync(server: _server, folder: _folder, services: s => RecordMarks(s, marked)
            .AddSingleton<IConversation>(sp => new StuckConversation(ActivatorUtilities.CreateInstance<CatalogConversation>(sp), Task.Delay(Timeout.Infinite)))))
        {
            await _server.WaitForRequestAsync(r => r.Method == "getUpdates" && r.Parameters["offset"] is { } o && o.GetValue<int>() > stuck.Id);
        }
        var markedFresh = marked.ToArray();

        // Act: the next run handles the kept update, then a fresh one
        await using var second = await BotHarness.StartAsync(server: _server, folder: _folder, services: s => RecordMarks(s, marked));
        await _server.WaitForRequestAsync(r => r.Method == "sendMessage" && r.ChatId == AliceChat.Id);
        var fresh = await second.AskAsync(AliceChat, Alice, "/help");

        // Assert
        markedFresh.Should().BeEmpty("a fresh update costs no write before it is handled");
        fresh.Succeeded.Should().BeTrue();
        marked.Should().Equal([stuck.Id], "the kept update may be what stopped the previous run");
    }

    private static IServiceCollection RecordMarks(IServiceCollection services, List<int> marked) =>
        services.AddSingleton<IUpdateInbox>(sp => new MarkRecordingInbox(ActivatorUtilities.CreateInstance<SqliteUpdateInbox>(sp), marked));

    private sealed class MarkRecordingInbox(IUpdateInbox inner, List<int> marked) : IUpdateInbox
    {
        public Task<(int? LastReceived, IReadOnlyList<global::Telegram.Bot.Types.Update> Pending)> OpenAsync(CancellationToken cancellationToken) =>
            inner.OpenAsync(cancellationToken);

        public Task<IReadOnlyList<global::Telegram.Bot.Types.Update>> AddAsync(IReadOnlyList<global::Telegram.Bot.Types.Update> updates, CancellationToken cancellationToken) =>
            inner.AddAsync(updates, cancellationToken);

        public Task MarkInHandAsync(int updateId, CancellationToken cancellationToken)
        {
            lock (marked) marked.Add(updateId);
            return inner.MarkInHandAsync(updateId, cancellationToken);
        }

        public Task RemoveThroughAsync(int lastHandled, CancellationToken cancellationToken) => inner.RemoveThroughAsync(lastHandled, cancellationToken);
    }

    [Fact]
    public async Task Server_errors_and_dropped_connections_during_polling_are_survived()
    {
        // Arrange
        await using var bot = await BotHarness.StartAsync(server: _server, folder: _folder);
        _server.InjectFault(Fault.ServerError(502), "getUpdates", times: 2);
        _server.InjectFault(Fault.DropConnection(), "getUpdates");

        // Act
        await _server.WaitForRequestsAsync(r => r.Method == "getUpdates" && !r.Succeeded, 3);
        var reply = await bot.AskAsync(AliceChat, Alice, "/help");

        // Assert
        reply.Succeeded.Should().BeTrue();
        _server.Requests.Where(r => r.Method == "getUpdates" && !r.Succeeded).Should().HaveCount(3);
        bot.Logs.GetSnapshot().Count(r => r.Message.StartsWith("getUpdates failed")).Should().Be(3);
    }

    [Fact]
    public async Task A_poll_that_times_out_is_retried()
    {
        // Arrange: a 1 s long poll gives the client a little over 3 s before it gives up
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Telegram:PollTimeoutSeconds"] = "1" }, server: _server, folder: _folder);
        _server.InjectFault(Fault.Slow(TimeSpan.FromSeconds(6)), "getUpdates");

        // Act
        await _server.WaitForRequestAsync(r => r.Method == "getUpdates" && r.Error == "client closed the request");
        var reply = await bot.AskAsync(AliceChat, Alice, "/help");

        // Assert
        reply.Succeeded.Should().BeTrue();
        bot.Logs.GetSnapshot().Should().Contain(r => r.Message.StartsWith("getUpdates failed") && r.Exception!.Message.Contains("timed out"));
    }

    [Fact]
    public async Task A_failing_update_is_logged_apologised_for_and_the_next_ones_are_handled()
    {
        // Arrange
        await using var bot = await BotHarness.StartAsync(server: _server, folder: _folder,
            services: s => s.AddSingleton<IConversation>(sp => new ExplodingConversation(ActivatorUtilities.CreateInstance<CatalogConversation>(sp))));

        // Act
        var apology = await bot.AskAsync(AliceChat, Alice, "/search boom");
        var next = await bot.AskAsync(AliceChat, Alice, "/help");

        // Assert
        apology.Text.Should().StartWith("Sorry, something went wrong");
        next.Text.Should().NotStartWith("Sorry");
        bot.FailedUpdates().Should().ContainSingle().Which.Should().Contain($"from chat {AliceChat.Id} failed").And.Contain("boom");
    }

    [Fact]
    public async Task A_second_instance_polling_is_reported_as_a_conflict_and_the_bot_keeps_going()
    {
        // Arrange: polls held long, so the bot is surely inside one when the intruder polls
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(20) });
        await using var bot = await BotHarness.StartAsync(server: server, folder: _folder);
        var intruder = new TelegramBotClient(new TelegramBotClientOptions(BotHarness.Token, server.BaseUrl));

        // Act
        await server.WaitUntilPollingAsync();
        var intrusion = intruder.GetUpdates(timeout: 3);
        await server.WaitForRequestAsync(r => r.Method == "getUpdates" && r.StatusCode == 409);
        await ((Func<Task>)(() => intrusion)).Should().ThrowAsync<global::Telegram.Bot.Exceptions.ApiRequestException>("the bot polls again and ends the intruder's poll in turn");
        var reply = await bot.AskAsync(AliceChat, Alice, "/help");

        // Assert
        reply.Succeeded.Should().BeTrue();
        bot.Logs.GetSnapshot().Should().Contain(r => r.Message.StartsWith("409 Conflict from Telegram") && r.Message.Contains("Another process"));
    }

    [Fact]
    public async Task Stopping_while_a_long_poll_is_open_takes_less_than_five_seconds()
    {
        // Arrange
        var bot = await BotHarness.StartAsync(server: _server, folder: _folder);
        await _server.WaitUntilPollingAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        // Act
        var stopping = bot.Host.StopAsync(limit.Token);
        await stopping;

        // Assert
        limit.IsCancellationRequested.Should().BeFalse();
        bot.Host.Dispose();
    }

    private sealed class ExplodingConversation(IConversation inner) : IConversation
    {
        public ValueTask<IReadOnlyList<BotReply>> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken = default) =>
            message.Text.Contains("boom", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : inner.HandleMessageAsync(message, cancellationToken);

        public ValueTask<BotReply?> HandleCallbackAsync(IncomingCallback callback, CancellationToken cancellationToken = default) => inner.HandleCallbackAsync(callback, cancellationToken);

        public IReadOnlyList<InlineArticle> AnswerInline(string query, string? languageCode, int limit = 20) => inner.AnswerInline(query, languageCode, limit);

        public IReadOnlyList<CommandInfo> Commands(string? languageCode) => inner.Commands(languageCode);
    }
}
