using Bot.Benchmarks.Peers;

namespace Bot.Tests.Peers;

public sealed class CommandWorkloadSpecs
{
    [Fact]
    public void Every_event_and_every_speaker_is_asked_about_alternately()
    {
        const string json = """
            [
              { "file": "zh-demo-1.md", "isEvent": true, "talks": [ { "speakers": ["Li Na", "Ah Wei"] } ] },
              { "file": "zh-demo-2.md", "isEvent": true, "talks": [ { "speakers": ["Li Na"] } ] },
              { "file": "Not_A_Slug.md", "isEvent": true, "talks": [] },
              { "file": "zh-call.md", "isEvent": false, "talks": [] }
            ]
            """;

        var commands = CommandWorkload.FromCheckJson(json);

        commands.Should().Equal("/agenda zh-demo-1", "/speaker Ah Wei", "/agenda zh-demo-2", "/speaker Li Na");
    }

    [Fact]
    public void A_catalog_without_speakers_cannot_make_a_workload()
    {
        var make = () => CommandWorkload.FromCheckJson("""[ { "file": "zh-demo-1.md", "isEvent": true, "talks": [] } ]""");

        make.Should().Throw<InvalidOperationException>().WithMessage("*0 speakers*");
    }
}
