using Bot.Storage.Sqlite;
using Bot.Core.Catalog;
using Bot.Core.Reminders;

namespace Bot.Tests.Storage;

public abstract class ChatStoreSpecs
{
    private protected abstract Task<StorageBackend> CreateAsync();

    [StorageFact]
    public async Task A_subscription_survives_a_restart_with_its_lead_times_filter_zone_and_language()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Chats.SubscribeAsync(-100, isGroup: true, threadId: 5, "zh-hans", [TimeSpan.FromDays(1), TimeSpan.FromMinutes(10)], SeriesFilter.Channel);
        await temp.Chats.SetTimeZoneAsync(-100, isGroup: true, "Europe/Berlin");

        // Act
        var restarted = temp.Open().Chats;
        var subscriptions = await restarted.ActiveSubscriptionsAsync();

        // Assert
        subscriptions.Should().ContainSingle().Which.Should().BeEquivalentTo(new Subscription(
            -100, [TimeSpan.FromDays(1), TimeSpan.FromMinutes(10)], SeriesFilter.Channel, "Europe/Berlin", "zh-hans", IsGroup: true, ThreadId: 5));
    }

    [StorageFact]
    public async Task The_lead_times_in_use_are_the_distinct_ones_of_active_subscriptions_only()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Chats.SubscribeAsync(1, false, null, "en", [TimeSpan.FromDays(1), TimeSpan.FromHours(1)], SeriesFilter.All);
        await temp.Chats.SubscribeAsync(2, false, null, "en", [TimeSpan.FromHours(1), TimeSpan.FromDays(1)], SeriesFilter.All);
        await temp.Chats.SubscribeAsync(3, true, null, "zh-hans", [TimeSpan.FromMinutes(10)], SeriesFilter.Channel);
        await temp.Chats.SubscribeAsync(4, false, null, "en", [TimeSpan.FromMinutes(5)], SeriesFilter.All);
        await temp.Chats.SubscribeAsync(5, false, null, "en", [TimeSpan.FromDays(3)], SeriesFilter.All);
        await temp.Chats.SetTimeZoneAsync(6, false, "Europe/Berlin");
        await temp.Chats.DeactivateAsync(4, "403 Forbidden: bot was blocked by the user");
        await temp.Chats.UnsubscribeAsync(5);

        // Act
        var leads = await temp.Chats.LeadTimesInUseAsync();

        // Assert
        leads.Should().BeEquivalentTo([TimeSpan.FromDays(1), TimeSpan.FromHours(1), TimeSpan.FromMinutes(10)]);
    }

    [StorageFact]
    public async Task Unsubscribing_stops_reminders_but_keeps_the_chats_time_zone()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Chats.SetTimeZoneAsync(1, isGroup: false, "Europe/Berlin");
        await temp.Chats.SubscribeAsync(1, false, null, "en", LeadTime.Defaults, SeriesFilter.All);

        // Act
        var first = await temp.Chats.UnsubscribeAsync(1);
        var second = await temp.Chats.UnsubscribeAsync(1);

        // Assert
        (first, second).Should().Be((true, false));
        (await temp.Chats.CountSubscribersAsync()).Should().Be(0);
        (await temp.Chats.GetAsync(1))!.TimeZone.Should().Be("Europe/Berlin");
    }

    [StorageFact]
    public async Task A_chat_that_blocks_the_bot_is_deactivated_not_deleted_and_resumes_when_it_comes_back()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Chats.SubscribeAsync(2, false, null, "en", [TimeSpan.FromHours(2)], SeriesFilter.All);

        // Act
        await temp.Chats.DeactivateAsync(2, "403 Forbidden: bot was blocked by the user");
        var blocked = await temp.Chats.GetAsync(2);
        var countWhileBlocked = await temp.Chats.CountSubscribersAsync();
        await temp.Chats.ReactivateAsync(2);

        // Assert
        blocked!.Active.Should().BeFalse();
        blocked.DeactivatedReason.Should().Contain("blocked");
        blocked.LeadTimes.Should().Equal(TimeSpan.FromHours(2));
        countWhileBlocked.Should().Be(0);
        (await temp.Chats.ActiveSubscriptionsAsync()).Should().ContainSingle(s => s.ChatId == 2);
    }

    [StorageFact]
    public async Task Reactivating_tells_whether_the_chat_had_been_deactivated_also_after_a_restart()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Chats.SubscribeAsync(3, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        await temp.Chats.SubscribeAsync(4, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        var whileActive = await temp.Chats.ReactivateAsync(3);
        await temp.Chats.DeactivateAsync(3, "Forbidden");
        await temp.Chats.DeactivateAsync(4, "Forbidden");
        var restarted = temp.Open().Chats;

        // Act
        var afterBlock = await temp.Chats.ReactivateAsync(3);
        var again = await temp.Chats.ReactivateAsync(3);
        var afterRestart = await restarted.ReactivateAsync(4);

        // Assert
        (whileActive, afterBlock, again, afterRestart).Should().Be((false, true, false, true));
        (await temp.Chats.CountSubscribersAsync()).Should().Be(2);
    }

    [StorageFact]
    public async Task A_group_upgraded_to_a_supergroup_keeps_its_subscription_under_the_new_id()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Chats.SubscribeAsync(-200, true, null, "en", [TimeSpan.FromMinutes(30)], SeriesFilter.Meetup);

        // Act
        await temp.Chats.MigrateAsync(-200, -1000000000200);

        // Assert
        var subscriptions = await temp.Chats.ActiveSubscriptionsAsync();
        subscriptions.Should().ContainSingle().Which.Should().Match<Subscription>(s =>
            s.ChatId == -1000000000200 && s.Filter == SeriesFilter.Meetup && s.LeadTimes.Single() == TimeSpan.FromMinutes(30));
        (await temp.Chats.GetAsync(-200))!.MigratedTo.Should().Be(-1000000000200);
    }
}

public sealed class SqliteChatStoreSpecs : ChatStoreSpecs
{
    private protected override Task<StorageBackend> CreateAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());

    [Fact]
    public async Task The_time_zone_cache_keeps_no_more_chats_than_its_capacity_and_still_answers_for_all()
    {
        // Arrange
        using var temp = new TempDatabase();
        using var store = new SqliteChatStore(temp.Database, temp.Time, timeZoneCacheCapacity: 10);
        for (var chat = 1; chat <= 30; chat++) await store.SetTimeZoneAsync(chat, false, $"Etc/GMT-{chat % 12}");

        // Act
        var zones = new List<string?>();
        for (var chat = 1; chat <= 30; chat++) zones.Add(await store.GetTimeZoneAsync(chat));

        // Assert
        zones.Should().Equal(Enumerable.Range(1, 30).Select(chat => $"Etc/GMT-{chat % 12}"));
        store.CachedTimeZones.Should().BeInRange(1, 10);
    }
}

public sealed class PostgresChatStoreSpecs : ChatStoreSpecs, IRunsOnPostgres
{
    private protected override async Task<StorageBackend> CreateAsync() => await PostgresBackend.CreateAsync();
}
