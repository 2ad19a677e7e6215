using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>A venue that only a sentence of the page names, on pages written for these specs.</summary>
public sealed class SentenceVenueSpecs
{
    [Theory]
    [InlineData("We meet on **Tuesday 8 December 2026** from **19:00 to 21:30** at Second Home Lisboa, Mercado da Ribeira.", "Second Home Lisboa, Mercado da Ribeira")]
    [InlineData("The meetup takes place at Example Labs, 308 SW 2nd Ave on Tuesday 8 December 2026 at 19:00.", "Example Labs, 308 SW 2nd Ave")]
    [InlineData("Join us on Tuesday 8 December 2026, 19:00, at the Example Cloud office (3rd floor)!", "the Example Cloud office")]
    [InlineData("This edition is hosted at 12 Rua Nova, Porto, on Tuesday 8 December 2026 at 19:00.", "12 Rua Nova, Porto")]
    [InlineData("The event will take place at [北京市朝阳区北辰西路 8 号某中心 A 座 12 层](https://maps.example.org/abc) on the afternoon of December 12th.", "北京市朝阳区北辰西路 8 号某中心 A 座 12 层")]
    [InlineData("On Tuesday 8 December 2026 we'll be at Interlock celebrating all things Arduino from 1pm to 7pm.", "Interlock")]
    [InlineData("On Tuesday 8 December 2026 we will be at the Example Maker Space, so come along.", "the Example Maker Space")]
    [InlineData("The venue is at Jansbinnensingel 26, Arnhem — about a 10 minute walk from the station. Tuesday 8 December 2026 at 19:00.", "Jansbinnensingel 26, Arnhem")]
    [InlineData("On Tuesday 8 December 2026 at 19:00. The location is 12 Rua Nova, Porto.", "12 Rua Nova, Porto")]
    [InlineData("We will be gathering at Example Brewing Company on Tuesday 8 December 2026 from 19:00 to 21:00.", "Example Brewing Company")]
    [InlineData("The workshop will be on Tuesday 8 December 2026 at The Example Jelly. It starts at 19:00.", "The Example Jelly")]
    [InlineData("Tuesday 8 December 2026, 19:00. Located at the Example Jelly 307c Kamani Street, inside Fishcake", "the Example Jelly 307c Kamani Street, inside Fishcake")]
    public void An_English_sentence_that_says_where_the_group_meets_gives_the_venue(string sentence, string venue)
    {
        var e = Parse(sentence);

        (e.Venue, e.Form).Should().Be((venue, EventForm.Offline));
    }

    [Theory]
    [InlineData("We meet on Tuesday 8 December 2026 at 19:00 at the office.")]
    [InlineData("We meet on Tuesday 8 December 2026 at 19:00, online at YouTube.")]
    [InlineData("Our speakers work at Example Corp; the talks start on Tuesday 8 December 2026 at 19:00.")]
    [InlineData("We meet at December 8, 2026 19:00 as usual.")]
    [InlineData("On Tuesday 8 December 2026 we'll be at home watching the stream online.")]
    [InlineData("Our Meet the Maintainer session is at Example Conf on Tuesday 8 December 2026 at 19:00.")]
    [InlineData("The Contributor Meet and Greet at Example Conf EU starts on Tuesday 8 December 2026 at 19:00.")]
    public void A_sentence_that_names_no_place_to_go_gives_no_venue(string sentence)
    {
        Parse(sentence).Venue.Should().BeNull();
    }

    [Theory]
    [InlineData("活动将于2026年12月20日(星期日)下午14:00正式开始，预计17:30结束，地点在苏州市工业园区星湖街 328 号创意产业园 10 栋。", "苏州市工业园区星湖街 328 号创意产业园 10 栋")]
    [InlineData("2026 年 12 月 20 日 14:00 开始，17:30 左右散场。活动地址为南京市软件大道 180 号 3 栋。", "南京市软件大道 180 号 3 栋")]
    public void A_Chinese_sentence_that_gives_the_start_the_end_and_the_place_gives_all_three(string sentence, string venue)
    {
        var e = Parse(sentence);

        (e.Start, e.End, e.Venue).Should().Be((new DateTimeOffset(2026, 12, 20, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 20, 17, 30, 0, TimeSpan.FromHours(8)), venue));
    }

    [Theory]
    [InlineData("我们准备了发布派对，时间为 2026 年 12 月 20 日 14:00，地点是川东老君洞旁的某某邮电大学。", "川东老君洞旁的某某邮电大学")]
    [InlineData("下一期沙龙 2026 年 12 月 20 日 14:00 开始，地点在星湖街旁边的创意产业园 10 栋。", "星湖街旁边的创意产业园 10 栋")]
    public void A_place_after_a_place_word_is_taken_whole_even_where_it_says_whose_neighbour_it_is(string sentence, string venue)
    {
        Parse(sentence).Venue.Should().Be(venue);
    }

    [Fact]
    public void A_held_at_phrase_that_says_under_whose_support_is_no_place()
    {
        Parse("活动将于2026年12月20日下午14:00在社区伙伴大学的支持下举办。").Venue.Should().BeNull();
    }

    [Fact]
    public void A_place_said_to_be_a_city_only_or_an_end_far_into_another_sentence_is_not_taken()
    {
        var e = Parse("活动将于2026年12月20日下午14:00开始，地点在杭州。当天的报名通道 18:00 结束。");

        (e.End, e.Venue).Should().Be(((DateTimeOffset?)null, (string?)null));
    }

    [Fact]
    public void An_online_venue_value_with_a_link_is_the_way_in_not_a_place()
    {
        var e = Pages.Parse(Pages.With("title: \"Example Community Webinar\"\ndate: 2026-12-01",
            "**When**: Wednesday, December 16, 2026 at 9:00 AM PST\n\n**Where**: Online via Zoom — [register here](https://example.zoom.us/webinar/register/WN_abc)\n\n"
            + "**Speakers**: Maria Lopez (Example Corp) and Tom Becker (Example GmbH)\n")).Event!;

        (e.Venue, e.Form, e.LiveUrl).Should().Be(((string?)null, EventForm.Online, "https://example.zoom.us/webinar/register/WN_abc"));
    }

    [Theory]
    [InlineData("Join us on Wednesday, at 12:00 in Pina colada (Room 809)", "Pina colada (Room 809)")]
    [InlineData("We meet this Friday at 18:00 in Hall B of the Example Building.", "Hall B of the Example Building")]
    public void A_meeting_in_a_named_room_or_hall_is_held_there(string sentence, string venue) =>
        Parse(sentence).Venue.Should().Be(venue);

    [Theory]
    [InlineData("Join us on Wednesday, at 12:00 in Pasadena.")]
    [InlineData("Join us in welcoming our new organisers.")]
    public void A_meeting_in_a_city_or_in_doing_something_names_no_venue(string sentence) =>
        Parse(sentence).Venue.Should().BeNull();

    private static Event Parse(string sentence) =>
        Pages.Parse(Pages.With("title: \"Example Tech Night — December\"\ndate: 2026-11-15",
            $"{sentence}\n\n**Speakers**\n\n* Ana Sousa — *From support to SRE*\n* Rita Marques — *Accessibility testing*\n")).Event!;
}
