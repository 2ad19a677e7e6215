using Bot.Core.Text;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Text;

public sealed class UserTextSpecs
{
    [Theory]
    [InlineData("Evil\nfail: forged line", "Evil\\nfail: forged line")]
    [InlineData("a\r\nb\tc", "a\\r\\nb\\tc")]
    [InlineData("esc\u001B[31mred", "esc\\u001B[31mred")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("rlo\u202Eevil", "rlo\\u202Eevil")]
    [InlineData("SOFAStack 社区 🎉", "SOFAStack 社区 🎉")]
    [InlineData(null, "")]
    public void Text_for_a_log_line_has_its_control_characters_escaped(string? text, string logged) =>
        UserText.ForLog(text).Should().Be(logged);

    [Fact]
    public void Bidi_controls_are_stripped_and_other_text_is_kept()
    {
        UserText.WithoutBidiControls("a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm 社区").Should().Be("abcdefghijklm 社区");
    }

    [Fact]
    public void A_group_reply_does_not_echo_the_bidi_controls_a_member_wrote()
    {
        // Arrange
        var bot = new ConversationDriver();

        // Act
        var replies = bot.Send("/search zz\u202Eqq\u2066xx", "en", ConversationDriver.Group);

        // Assert
        var html = replies.Should().ContainSingle().Subject.Html;
        html.Should().Contain("zzqqxx").And.NotContainAny("\u202E", "\u2066");
    }
}
