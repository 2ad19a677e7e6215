using System.Globalization;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>The whole corpus: which pages are events, and every event's start (checked against the page's
/// weekday, description and publish date; the year follows docs/PAGE-FORMAT.md §4.2).</summary>
public sealed class CorpusWideSpecs
{
    private static readonly string[] NonEvents =
    [
        "zh-2025-summer-of-open-source-pick-your-favorite-project-and-start-your-open-source-journey.md",
        "zh-8th-anniversary-pr-challenge.md",
        "zh-Summer_2021_of_Open_Source_Promotion_Plan.md",
        "zh-_Summer-2023-of-open-source-promotion-plan_welcome-to-register-for-dragonfly_kata-containers_and-nydus-community-projects_.md",
        "zh-open-source-promotion-plan-2023-welcome-to-the-mosn-community-project_.md",
        "zh-open-source-promotion-plan-2023-welcome-to-the-sofastack-community-project.md",
        "zh-sofa-ark-lab.md",
        "zh-sofa-boot-lab.md",
        "zh-sofa-registry-lab.md",
    ];

    // Local China time. sofa-channel-32 and sofachannel-32 are the page's own unresolvable conflict (活动时间 wins,
    // with warnings); the 7th anniversary gives only a day (00:00, with a warning).
    private static readonly Dictionary<string, string> Starts = new(StringComparer.Ordinal)
    {
        ["en-sofastack-cloud-native-workshop.md"] = "2019-06-24T09:00",
        ["zh-service-mesh-meetup-8.md"] = "2019-11-24T09:30",
        ["zh-service-mesh-meetup-9.md"] = "2019-12-28T13:00",
        ["zh-service-mesh-webinar-1.md"] = "2020-05-28T20:00",
        ["zh-service-mesh-webinar-2.md"] = "2020-07-22T20:00",
        ["zh-sofa-6th-anniversary.md"] = "2024-04-20T13:30",
        ["zh-sofa-anniversary-5.md"] = "2023-04-15T12:00",
        ["zh-sofa-channel-1.md"] = "2019-01-17T19:00",
        ["zh-sofa-channel-10.md"] = "2020-01-09T19:00",
        ["zh-sofa-channel-11.md"] = "2020-02-13T19:00",
        ["zh-sofa-channel-12.md"] = "2020-03-12T19:00",
        ["zh-sofa-channel-13.md"] = "2020-03-26T19:00",
        ["zh-sofa-channel-14.md"] = "2020-04-09T19:00",
        ["zh-sofa-channel-15.md"] = "2020-04-23T19:00",
        ["zh-sofa-channel-16.md"] = "2020-05-21T19:00",
        ["zh-sofa-channel-17.md"] = "2020-07-02T19:00",
        ["zh-sofa-channel-2.md"] = "2019-02-21T19:00",
        ["zh-sofa-channel-20.md"] = "2021-05-19T19:00",
        ["zh-sofa-channel-21-1.md"] = "2021-08-18T19:00",
        ["zh-sofa-channel-22.md"] = "2021-11-10T19:00",
        ["zh-sofa-channel-23.md"] = "2021-12-09T19:00",
        ["zh-sofa-channel-24.md"] = "2022-01-20T19:00",
        ["zh-sofa-channel-25.md"] = "2022-02-24T19:00",
        ["zh-sofa-channel-26.md"] = "2022-03-17T19:00",
        ["zh-sofa-channel-27.md"] = "2022-05-26T19:00",
        ["zh-sofa-channel-28.md"] = "2022-06-09T19:00",
        ["zh-sofa-channel-29.md"] = "2022-07-28T19:00",
        ["zh-sofa-channel-3.md"] = "2019-02-28T19:00",
        ["zh-sofa-channel-30.md"] = "2022-11-03T19:00",
        ["zh-sofa-channel-32.md"] = "2023-02-25T19:00",
        ["zh-sofa-channel-33.md"] = "2023-05-31T19:00",
        ["zh-sofa-channel-34.md"] = "2023-08-09T19:00",
        ["zh-sofa-channel-35.md"] = "2023-09-07T19:00",
        ["zh-sofa-channel-4.md"] = "2019-04-18T19:00",
        ["zh-sofa-channel-5.md"] = "2019-05-16T19:00",
        ["zh-sofa-channel-6.md"] = "2019-06-12T19:00",
        ["zh-sofa-channel-7.md"] = "2019-07-18T19:00",
        ["zh-sofa-channel-8.md"] = "2019-08-29T19:00",
        ["zh-sofa-channel-9.md"] = "2019-12-05T19:00",
        ["zh-sofa-meetup-1.md"] = "2019-03-24T13:00",
        ["zh-sofa-meetup-10.md"] = "2021-09-11T13:30",
        ["zh-sofa-meetup-12.md"] = "2021-10-23T13:30",
        ["zh-sofa-meetup-13.md"] = "2021-12-18T13:00",
        ["zh-sofa-meetup-14.md"] = "2022-04-01T09:30",
        ["zh-sofa-meetup-15.md"] = "2022-05-14T14:00",
        ["zh-sofa-meetup-16.md"] = "2022-08-06T14:00",
        ["zh-sofa-meetup-17.md"] = "2022-08-13T13:30",
        ["zh-sofa-meetup-2.md"] = "2019-05-26T13:00",
        ["zh-sofa-meetup-3.md"] = "2019-08-11T13:00",
        ["zh-sofa-meetup-4.md"] = "2021-03-21T14:00",
        ["zh-sofa-meetup-5.md"] = "2021-04-24T14:00",
        ["zh-sofa-meetup-6.md"] = "2021-05-22T14:00",
        ["zh-sofa-meetup-7.md"] = "2021-06-19T13:00",
        ["zh-sofa-meetup-8.md"] = "2021-07-24T13:30",
        ["zh-sofa-talk-1.md"] = "2022-09-14T19:00",
        ["zh-sofachannel-31.md"] = "2022-12-15T19:00",
        ["zh-sofachannel-32.md"] = "2023-02-25T19:00",
        ["zh-sofastack-cloud-native-workshop.md"] = "2019-06-24T09:00",
        ["zh-sofastack-four-years-of-open-source.md"] = "2022-04-16T14:00",
        ["zh-sofastack-open-source-7th-anniversary-upcoming-events.md"] = "2025-04-26T00:00",
    };

    private static readonly Lazy<IReadOnlyList<RecapPage>> Corpus = new(() =>
        [.. RepoPaths.CorpusFiles.Select(f => RecapParser.Parse(RepoPaths.CorpusPage(f), f))]);

    [Fact]
    public void The_corpus_has_its_69_pages() => Corpus.Value.Should().HaveCount(69);

    [Fact]
    public void The_nine_non_events_are_not_events() =>
        Corpus.Value.Where(p => !p.IsEvent).Select(p => p.Source).Should().BeEquivalentTo(NonEvents);

    [Fact]
    public void The_sixty_events_are_events() =>
        Corpus.Value.Where(p => p.IsEvent).Select(p => p.Source).Should().BeEquivalentTo(Starts.Keys);

    [Fact]
    public void Every_event_starts_when_its_page_says()
    {
        var actual = Corpus.Value.Where(p => p.IsEvent)
            .ToDictionary(p => p.Source, p => p.Event!.Start?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));

        actual.Should().BeEquivalentTo(Starts);
        Corpus.Value.Where(p => p.IsEvent).Should().OnlyContain(p => p.Event!.Start!.Value.Offset == TimeSpan.FromHours(8));
    }

    [Fact]
    public void The_pages_the_format_study_calls_unresolvable_carry_a_warning()
    {
        string[] Codes(string file) => [.. Corpus.Value.Single(p => p.Source == file).WarningCodes()];

        Codes("zh-sofa-channel-32.md").Should().Contain("date-conflict");
        Codes("zh-sofachannel-32.md").Should().Contain("date-conflict");
        Codes("zh-sofastack-open-source-7th-anniversary-upcoming-events.md").Should().Contain("no-clock-time");
        Codes("zh-sofa-channel-23.md").Should().Contain("weekday-mismatch");
        Codes("zh-service-mesh-webinar-2.md").Should().Contain(["weekday-mismatch", "date-conflict"]);
    }

    [Fact]
    public void No_page_of_the_corpus_hits_a_parser_error() =>
        Corpus.Value.SelectMany(p => p.Diagnostics).Should().NotContain(d => d.Severity == Severity.Error);

    [Fact]
    public void Forms_match_the_format_study() =>
        Corpus.Value.Where(p => p.IsEvent).GroupBy(p => p.Event!.Form).ToDictionary(g => g.Key.ToString(), g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<string, int> { ["Online"] = 41, ["Offline"] = 17, ["Hybrid"] = 2 });
}
