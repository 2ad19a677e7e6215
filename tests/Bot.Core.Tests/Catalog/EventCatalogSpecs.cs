using Bot.Core.Catalog;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Catalog;

public sealed class EventCatalogSpecs
{
    [Fact]
    public void A_reload_swaps_in_a_whole_new_snapshot_and_leaves_the_old_one_intact_for_its_readers()
    {
        // Arrange
        var catalog = new EventCatalog();
        catalog.Reload([SampleEvents.Meetup14]);
        var before = catalog.Current;
        (CatalogSnapshot Old, CatalogSnapshot New)? seen = null;
        catalog.Changed += (o, n) => seen = (o, n);

        // Act
        var after = catalog.Reload(SampleEvents.All);

        // Assert
        catalog.Current.Should().BeSameAs(after);
        before.Events.Should().ContainSingle();
        after.Events.Should().HaveCount(5);
        seen.Should().Be((before, after));
    }

    [Fact]
    public void Readers_never_see_a_half_built_catalog_while_reloads_run()
    {
        // Arrange
        var catalog = new EventCatalog();
        var small = new[] { SampleEvents.Meetup14 };
        var counts = new HashSet<int>();

        // Act
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                catalog.Reload(i % 2 == 0 ? SampleEvents.All : small);
            }
        });
        while (!writer.IsCompleted)
        {
            var snapshot = catalog.Current;
            lock (counts)
            {
                counts.Add(snapshot.Events.Count * 100 + snapshot.TalkCount);
            }
        }

        // Assert: every observed (events, talks) pair is one of the whole catalogs, never a mix.
        counts.Should().BeSubsetOf([0, 1 * 100 + 3, 5 * 100 + 7]);
    }

    [Fact]
    public void Two_pages_for_the_same_series_and_number_become_one_event_keeping_the_fuller_page()
    {
        // Act
        var snapshot = CatalogSnapshot.Create(SampleEvents.All);

        // Assert
        snapshot.FindBySeries("channel 32").Should().ContainSingle().Which.Id.Should().Be("zh-sofa-channel-32");
        snapshot.Events.Should().NotContain(e => e.Id == "zh-sofachannel-32");
    }

    [Theory]
    [InlineData("channel 24")]
    [InlineData("SOFAChannel#24")]
    [InlineData("sofachannel 24")]
    [InlineData("#24")]
    [InlineData("Channel ２４")]
    public void I_can_name_an_event_by_series_and_number_as_members_write_it(string query)
    {
        var snapshot = CatalogSnapshot.Create(SampleEvents.All);

        snapshot.FindBySeries(query).Should().ContainSingle().Which.Should().BeSameAs(SampleEvents.Channel24);
    }

    [Theory]
    [InlineData("meetup 14")]
    [InlineData("SOFAMeetup#14")]
    [InlineData("zh-sofa-meetup-14")]
    public void I_can_resolve_an_event_by_series_or_page_id(string query)
    {
        var snapshot = CatalogSnapshot.Create(SampleEvents.All);

        snapshot.ResolveEvents(query).Should().ContainSingle().Which.Should().BeSameAs(SampleEvents.Meetup14);
    }

    [Fact]
    public void I_can_resolve_an_event_by_its_short_id()
    {
        var snapshot = CatalogSnapshot.Create(SampleEvents.All);
        var key = snapshot.KeyOf(SampleEvents.Meetup14);

        snapshot.FindEvent(key).Should().BeSameAs(SampleEvents.Meetup14);
        key.Should().MatchRegex("^[a-z0-9]{8}$");
    }

    [Fact]
    public void Events_are_listed_newest_first()
    {
        var snapshot = CatalogSnapshot.Create(SampleEvents.All);

        snapshot.Events.Select(e => e.Start).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Next_is_the_first_event_that_has_not_ended_counting_two_hours_when_the_end_is_unknown()
    {
        // Arrange
        var snapshot = CatalogSnapshot.Create(SampleEvents.All);
        var duringChannel24 = SampleEvents.At(2021, 3, 4, 20, 30);

        // Act & Assert
        snapshot.Next(SampleEvents.Now).Should().BeSameAs(SampleEvents.Upcoming);
        snapshot.Next(duringChannel24).Should().BeSameAs(SampleEvents.Channel24);
        snapshot.Next(SampleEvents.At(2021, 3, 4, 21, 0)).Should().BeSameAs(SampleEvents.Meetup10);
        snapshot.LatestPast(SampleEvents.Now).Should().BeSameAs(SampleEvents.Channel32Full);
    }

    [Fact]
    public void A_page_that_never_states_its_number_is_found_by_the_number_in_its_id()
    {
        var unnumbered = SampleEvents.Meetup14 with { Series = null, Number = null };

        CatalogSnapshot.Create([unnumbered]).FindBySeries("meetup 14").Should().ContainSingle().Which.Should().BeSameAs(unnumbered);
    }
}
