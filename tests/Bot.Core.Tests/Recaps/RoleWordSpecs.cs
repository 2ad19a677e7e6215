using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Tests.Recaps;

/// <summary>A role or team word alone (<c>Maintainer</c>, <c>Team</c>) is an affiliation, in the singular or the plural,
/// in any case; a longer or a different word is not one.</summary>
public sealed class RoleWordSpecs
{
    [Theory]
    [InlineData("Maintainer", true)]
    [InlineData("maintainers", true)]
    [InlineData("MAINTAINERS", true)]
    [InlineData("Teams", true)]
    [InlineData("Maintainerz", false)]
    [InlineData("Maintainerss", false)]
    [InlineData("Maintain", false)]
    [InlineData("s", false)]
    public void A_role_word_is_read_alone_or_with_a_plural_s_in_any_case(string word, bool isRole)
    {
        NameRules.IsRoleWord(word).Should().Be(isRole);
    }
}
