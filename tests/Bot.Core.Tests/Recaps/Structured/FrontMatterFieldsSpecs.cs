using Bot.Core.Recaps.Structured;

namespace Bot.Core.Tests.Recaps.Structured;

public sealed class FrontMatterFieldsSpecs
{
    private static FrontMatterFields Fields(params (string Key, object? Value)[] entries) =>
        FrontMatterFields.From(entries.ToDictionary(e => (object)e.Key, e => e.Value), "", 2);

    [Fact]
    public void A_role_the_page_writes_a_key_of_offers_all_the_schema_keys_of_that_role()
    {
        var fields = Fields(("Event_Date", "2030-05-23"), ("title", "示例"));

        var keys = fields.KeysOf(FieldRole.Start);

        keys.Should().Equal(EventSchema.KeysOf(FieldRole.Start));
    }

    [Fact]
    public void A_role_the_page_writes_no_key_of_offers_none()
    {
        var fields = Fields(("Event_Date", "2030-05-23"), ("title", "示例"));

        var keys = fields.KeysOf(FieldRole.Venue);

        keys.Should().BeEmpty();
    }

    [Fact]
    public void Keys_added_to_the_fields_count_for_their_roles()
    {
        var fields = Fields(("title", "示例")).With([("venue", "杭州")]);

        var keys = fields.KeysOf(FieldRole.Venue);

        keys.Should().Equal(EventSchema.KeysOf(FieldRole.Venue));
    }

    [Fact]
    public void A_key_written_with_a_blank_value_still_counts_for_its_role()
    {
        // The readers tell blank values from absent ones themselves: only a role with no key at all is skipped.
        var fields = Fields(("location", null));

        var keys = fields.KeysOf(FieldRole.Venue);

        keys.Should().Equal(EventSchema.KeysOf(FieldRole.Venue));
    }
}
