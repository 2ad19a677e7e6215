using System.Net;
using FakeBotApi;
using Xunit.Abstractions;

namespace Bot.Tests.Cluster;

/// <summary>Issue 15's acceptance for receiving: three instances in webhook mode behind nginx on one PostgreSQL, 3,000
/// updates from 150 chats (groups and private) posted by the loopback Bot API server to nginx.</summary>
public sealed class WebhookClusterSpecs(ITestOutputHelper output)
{
    private const int Chats = 150;
    private const int UpdatesPerChat = 20;
    // 3,000 answers take 30-60 s at load 4-25 (each reply also takes a turn in the shared flood budget); 90 s ran out once at load 30.
    private static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(150);

    [ClusterFact]
    public async Task Three_instances_answer_every_update_exactly_once_and_in_order_within_each_chat()
    {
        // Arrange
        await using var cluster = await WebhookCluster.StartAsync(instances: 3);

        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Act
        var asked = Ask(cluster.Server);
        var answered = await WaitForAnswersAsync(cluster, asked);
        output.WriteLine($"{Chats * UpdatesPerChat} updates answered in {clock.Elapsed.TotalSeconds:0.0} s");

        // Assert
        foreach (var (chat, tokens) in asked)
        {
            answered[chat].Should().Equal(tokens, "chat {0} gets one answer per update, in the order it wrote", chat);
        }
        cluster.Server.WebhookDeliveries.Select(d => d.UpdateId).Distinct().Should().HaveCount(Chats * UpdatesPerChat);
    }

    [ClusterFact]
    public async Task With_one_instance_killed_halfway_the_others_answer_the_rest_once_and_only_the_updates_it_had_in_hand_can_repeat()
    {
        // Arrange
        await using var cluster = await WebhookCluster.StartAsync(instances: 3);
        var asked = Ask(cluster.Server);
        await WaitUntilAsync(() => cluster.Server.WebhookDeliveries.Count(d => d.Status == HttpStatusCode.OK) >= Chats * UpdatesPerChat / 2, cluster);

        // Act
        cluster.Kill(0);
        var inHand = await cluster.InHandAsync(0);
        var answered = await WaitForAnswersAsync(cluster, asked);
        output.WriteLine($"killed with {inHand} updates in hand; {answered.Values.Sum(t => t.Count) - Chats * UpdatesPerChat} answers repeated");

        // Assert: a reply the killed instance sent for an update it had not yet marked handled is sent once more by the
        // instance that takes the chat over; nothing else repeats, nothing is lost, and each chat stays in order.
        var repeats = answered.Values.Sum(tokens => tokens.Count) - Chats * UpdatesPerChat;
        repeats.Should().BeLessThanOrEqualTo(inHand, "only updates in hand on the killed instance ({0}) may be answered twice", inHand);
        inHand.Should().BeLessThanOrEqualTo(WebhookCluster.WorkersPerInstance, "no reply waits for a flood-limit turn here");
        foreach (var (chat, tokens) in asked)
        {
            WithoutImmediateRepeats(answered[chat]).Should().Equal(tokens, "chat {0} gets every answer, in the order it wrote", chat);
        }
    }

    [ClusterFact]
    public async Task Three_instances_answering_together_stay_within_the_token_s_flood_limits()
    {
        // Arrange: Telegram's limits, enforced by the server and configured in every instance; without the shared budget
        // each instance would send up to the whole overall limit on its own.
        const int chats = 120, perChat = 5;
        await using var cluster = await WebhookCluster.StartAsync(instances: 3, FloodLimits.Telegram);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Act
        var asked = Ask(cluster.Server, chats, perChat);
        var answered = await WaitForAnswersAsync(cluster, asked);
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"{chats * perChat} replies in {seconds:0.0} s ({chats * perChat / seconds:0.0}/s against 30/s), "
            + $"{cluster.Server.FloodViolations} × 429");

        // Assert
        cluster.Server.FloodViolations.Should().Be(0, "three instances share one budget of 30 messages a second\n{0}", cluster.Logs());
        foreach (var (chat, tokens) in asked)
        {
            answered[chat].Should().Equal(tokens, "chat {0} gets one answer per update, in the order it wrote", chat);
        }
    }

    /// <summary>Half private chats, half groups; each update a <c>/speaker</c> question with a token naming its chat and
    /// place, whose answer quotes it. Chats are interleaved at random (seeded), so they arrive both in bursts and apart.</summary>
    private static Dictionary<long, List<string>> Ask(FakeTelegramServer server, int chatCount = Chats, int updatesPerChat = UpdatesPerChat)
    {
        var chats = Enumerable.Range(1, chatCount).Select(i =>
        {
            var user = FakeChats.User(5000 + i);
            return (Chat: i % 2 == 0 ? FakeChats.Private(user) : FakeChats.Group(6000 + i), User: user);
        }).ToList();
        var asked = chats.ToDictionary(c => c.Chat.Id, _ => new List<string>());
        var random = new Random(15);
        var left = chats.ToList();
        while (left.Count > 0)
        {
            var (chat, user) = left[random.Next(left.Count)];
            var token = $"t{Math.Abs(chat.Id)}n{asked[chat.Id].Count}";
            server.EnqueueMessage(chat, user, $"/speaker {token}");
            asked[chat.Id].Add(token);
            if (asked[chat.Id].Count == updatesPerChat) left.RemoveAll(c => c.Chat.Id == chat.Id);
        }
        return asked;
    }

    /// <summary>Each chat's answered tokens in the order the server received the answers, once every token is answered.</summary>
    private static async Task<Dictionary<long, List<string>>> WaitForAnswersAsync(WebhookCluster cluster, Dictionary<long, List<string>> asked)
    {
        var expected = asked.Values.SelectMany(t => t).ToHashSet();
        Dictionary<long, List<string>> answered = [];
        await WaitUntilAsync(() =>
        {
            answered = Answers(cluster.Server);
            return expected.IsSubsetOf(answered.Values.SelectMany(t => t));
        }, cluster);
        return answered;
    }

    private static Dictionary<long, List<string>> Answers(FakeTelegramServer server)
    {
        var answers = new Dictionary<long, List<string>>();
        foreach (var request in server.Requests)
        {
            if (!request.Succeeded || request.Method != "sendMessage" || request.ChatId is not { } chat) continue;
            if (request.Text is not { } text || text.IndexOf('“') is var open && open < 0 || text.IndexOf('”', open) is var close && close < 0) continue;
            var token = text[(open + 1)..close];
            if (!answers.TryGetValue(chat, out var tokens)) answers[chat] = tokens = [];
            tokens.Add(token);
        }
        return answers;
    }

    private static List<string> WithoutImmediateRepeats(List<string> tokens) =>
        [.. tokens.Where((token, i) => i == 0 || tokens[i - 1] != token)];

    private static async Task WaitUntilAsync(Func<bool> condition, WebhookCluster cluster)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > AnswerLimit)
            {
                throw new TimeoutException($"Not answered within {AnswerLimit}: {Answers(cluster.Server).Values.Sum(t => t.Count)} answers, "
                    + $"{cluster.Server.PendingUpdates} updates not yet delivered.\n{cluster.Logs()}");
            }
            await Task.Delay(250);
        }
    }
}
