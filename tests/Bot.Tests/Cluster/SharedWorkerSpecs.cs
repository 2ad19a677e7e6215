using System.Net;
using Bot.Core.Conversation;
using Bot.Tests.Reminders;
using Bot.Tests.Storage;
using Bot.Tests.Telegram;
using Dapper;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bot.Tests.Cluster;

/// <summary>Instances sharing one database take an update from the shared inbox only once a worker is free for it.</summary>
public sealed class SharedWorkerSpecs
{
    [PostgresFact]
    public async Task An_update_waiting_for_a_worker_is_not_in_hand_so_a_stop_counts_it_no_restart()
    {
        // Arrange: one worker, held by a question that never finishes.
        await using var backend = await PostgresBackend.CreateAsync();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (bot, _) = await WebhookSpecs.StartWebhookBotAsync(
            services: s => s.AddSingleton<IConversation>(sp => new StuckConversation(
                ActivatorUtilities.CreateInstance<CatalogConversation>(sp), Task.Delay(Timeout.Infinite), entered)),
            settings: new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = backend.ConnectionString,
                ["Telegram:MaxConcurrentUpdates"] = "1",
            });
        await using (bot)
        {
            var first = FakeChats.User(81);
            var second = FakeChats.User(82);
            bot.Server.EnqueueMessage(FakeChats.Private(first), first, "/search stuck");
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // Act: a second chat asks; its chat is claimed at once, and its update waits for the worker.
            bot.Server.EnqueueMessage(FakeChats.Private(second), second, "/search stuck as well");
            await Eventually.WaitForAsync(() => Task.FromResult(bot.Server.WebhookDeliveries.Count(d => d.Status == HttpStatusCode.OK)),
                n => n >= 2, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(1)); // time for the second chat's loop to take its update, were it to
            await using var db = new NpgsqlConnection(backend.ConnectionString);
            var inHand = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM telegram_inbox WHERE in_hand");
            var kept = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM telegram_inbox");

            // Assert
            kept.Should().Be(2);
            inHand.Should().Be(1, "only the update a worker is handling is in hand");
        }
    }
}
