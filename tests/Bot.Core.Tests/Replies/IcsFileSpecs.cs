using System.Text;
using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Localization;
using Bot.Core.Replies;
using Bot.Core.Tests.Support;
using CsCheck;
using Ical.Net;

namespace Bot.Core.Tests.Replies;

public sealed class IcsFileSpecs
{
    private static readonly string[] Zones =
    [
        "Asia/Shanghai", "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe",
        "Asia/Kathmandu", "Pacific/Chatham", "UTC", "America/St_Johns", "Asia/Tehran", "Europe/London", "Pacific/Auckland",
    ];

    private static readonly CatalogSnapshot Catalog = new EventCatalog().Reload([]);

    // Minutes from 1990 to 2099; ambiguous local times (DST fall-back) are left out since the local wall time
    // alone cannot say which of the two instants is meant.
    private static readonly Gen<(DateTimeOffset Start, TimeZoneInfo Zone, int Minutes)> AnyEvent =
        Gen.Select(Gen.Long[0, (long)(new DateTime(2099, 12, 31) - new DateTime(1990, 1, 1)).TotalMinutes], Gen.OneOf(Zones), Gen.Int[15, 600])
            .Select((minutes, zoneId, length) =>
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
                var start = TimeZoneInfo.ConvertTime(new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes), zone);
                return (start, zone, length);
            })
            .Where(t => !t.zone.IsAmbiguousTime(t.start.DateTime) && !t.zone.IsAmbiguousTime(t.start.AddMinutes(t.length).DateTime));

    [Theory]
    [InlineData(2019, 3, 14)]
    [InlineData(2027, 12, 30)]
    [InlineData(2030, 6, 1)]
    [InlineData(2099, 12, 31)]
    public void An_event_in_any_year_gets_a_calendar_file_with_its_start_end_and_zone(int year, int month, int day)
    {
        // Arrange
        var start = new DateTimeOffset(year, month, day, 19, 0, 0, TimeSpan.FromHours(8));

        // Act
        var calendar = Render(start, start.AddHours(2), TimeZoneInfo.FindSystemTimeZoneById(SampleEvents.Zone));

        // Assert
        var e = calendar.Events.Should().ContainSingle().Subject;
        e.Start!.TzId.Should().Be(SampleEvents.Zone);
        e.Start.Value.Should().Be(new DateTime(year, month, day, 19, 0, 0));
        e.End!.Value.Should().Be(new DateTime(year, month, day, 21, 0, 0));
        calendar.TimeZones.Should().ContainSingle(z => z.TzId == SampleEvents.Zone);
    }

    [Fact]
    public void Any_date_in_any_zone_round_trips_through_the_calendar_file()
    {
        AnyEvent.Sample(t =>
        {
            var end = t.Start.AddMinutes(t.Minutes);

            var calendar = Render(t.Start, end, t.Zone);

            var e = calendar.Events.Single();
            if (!IsSecondPass(t.Start, t.Zone))
            {
                e.Start!.TzId.Should().Be(t.Zone.Id);
                e.Start.Value.Should().Be(t.Start.DateTime);
            }
            e.Start!.AsUtc.Should().Be(t.Start.UtcDateTime);
            e.End!.AsUtc.Should().Be(end.UtcDateTime);
            // Clients without the IANA database convert with the VTIMEZONE alone: it must know the offset of that day.
            calendar.TimeZones.Should().ContainSingle(z => z.TzId == t.Zone.Id)
                .Which.TimeZoneInfos.Should().Contain(i => i.OffsetTo!.Offset == t.Start.Offset);
        }, iter: 300);
    }

    [Fact]
    public void An_end_in_the_hour_the_clocks_pass_twice_keeps_its_instant()
    {
        // Arrange: Lord Howe leaves its half-hour DST at 02:00 on 1 April 2091: 01:30-02:00 happens twice, and the
        // event ends at the second 01:30 (15:00 UTC).
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Australia/Lord_Howe");
        var start = new DateTimeOffset(2091, 3, 31, 19, 45, 0, TimeSpan.FromHours(11));
        var end = start.AddMinutes(375);

        // Act
        var calendar = Render(start, end, zone);

        // Assert
        var e = calendar.Events.Single();
        e.Start!.TzId.Should().Be(zone.Id);
        e.End!.AsUtc.Should().Be(new DateTime(2091, 3, 31, 15, 0, 0, DateTimeKind.Utc));
    }

    private static bool IsSecondPass(DateTimeOffset time, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(time, zone);
        return zone.IsAmbiguousTime(local) && local.Offset < zone.GetAmbiguousTimeOffsets(local).Max();
    }

    private static Calendar Render(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var e = SampleEvents.Upcoming with { Start = start, End = end, TimeZoneId = zone.Id };
        var view = new ReplyContext(Catalog, Strings.English, zone, SampleEvents.Now);
        var document = IcsFile.For(e, view)!;
        return Calendar.Load(Encoding.UTF8.GetString(document.Content))!;
    }
}
