using Bot.Core.Catalog;
using Bot.Core.Events;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

/// <summary>After /tz every time a chat reads is in its zone, the agenda's talk lines included (real host, SQLite).</summary>
public sealed class ChatZoneSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static Event Stream => new()
    {
        Id = "channel-24",
        Title = "SOFAChannel#24：HTTP/3",
        Series = "SOFAChannel",
        Number = 24,
        Kind = EventKind.LiveStream,
        Start = new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.FromHours(8)),
        End = new DateTimeOffset(2026, 12, 10, 19, 50, 0, TimeSpan.FromHours(8)),
        TimeZoneId = "Asia/Shanghai",
        Form = EventForm.Online,
        Talks =
        [
            new Talk("漫谈 HTTP/3", [new Speaker("曾柯", ["毅丝"])]) { Slot = new TimeSlot(new(19, 0), new(19, 50)) },
            new Talk("答疑", []) { Slot = new TimeSlot(new(23, 30), new(0, 30)) },
        ],
        SourceFile = "channel-24.md",
    };

    [Fact]
    public async Task After_tz_europe_berlin_the_agenda_shows_talk_slots_in_berlin_time_like_its_header()
    {
        // Arrange
        var time = new FakeTimeProvider(Now);
        await using var bot = await BotHarness.StartAsync(
            new Dictionary<string, string?> { ["Reminders:SchedulerName"] = "tz-" + Guid.NewGuid().ToString("N") },
            services => services.AddSingleton<TimeProvider>(time));
        bot.Host.Services.GetRequiredService<EventCatalog>().Reload([Stream]);
        time.Advance(TimeSpan.FromSeconds(1));
        var user = FakeChats.User(78, "en");
        var chat = FakeChats.Private(user);

        // Act
        var before = await bot.AskAsync(chat, user, "/agenda channel 24");
        await bot.AskAsync(chat, user, "/tz Europe/Berlin");
        var after = await bot.AskAsync(chat, user, "/agenda channel 24");

        // Assert
        before.Text.Should().Contain("2026-12-10 Thu 19:00–19:50 (UTC+08:00)").And.Contain("<code>19:00–19:50</code> <b>漫谈 HTTP/3</b>");
        after.Text.Should().Contain("2026-12-10 Thu 12:00–12:50 (UTC+01:00)").And.Contain("<code>12:00–12:50</code> <b>漫谈 HTTP/3</b>");
        after.Text.Should().Contain("<code>16:30–17:30</code> <b>答疑</b>", "a slot past midnight on the page is still that evening in Berlin");
        after.Text.Should().NotContain("19:00");
    }
}
