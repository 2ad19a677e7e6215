using System.Reflection;
using System.Text.RegularExpressions;
using Bot.Core.Localization;

namespace Bot.Core.Tests.Localization;

public sealed partial class StringsSpecs
{
    [Fact]
    public void Both_languages_say_everything_with_the_same_placeholders()
    {
        // Arrange
        var english = Texts(Strings.English).ToDictionary(t => t.Name, t => t.Value);
        var chinese = Texts(Strings.Chinese).ToDictionary(t => t.Name, t => t.Value);

        // Act
        // Separators (SentenceGap: a space in English, nothing in Chinese) are the only texts that may be blank.
        var empty = english.Concat(chinese).Where(t => string.IsNullOrWhiteSpace(t.Value) && !t.Key.EndsWith("Gap", StringComparison.Ordinal))
            .Select(t => t.Key).ToList();
        var mismatched = english.Keys.Where(k => !Placeholders(english[k]).SetEquals(Placeholders(chinese[k]))).ToList();

        // Assert
        english.Keys.Should().BeEquivalentTo(chinese.Keys);
        english.Should().HaveCountGreaterThan(100, "the conversation, the reminders and the Telegram edge all speak from here");
        empty.Should().BeEmpty();
        mismatched.Should().BeEmpty("a translation that drops {0} would print the wrong thing or throw");
    }

    [Theory]
    [InlineData("zh", true)]
    [InlineData("zh-hans", true)]
    [InlineData("ZH-TW", true)]
    [InlineData("en", false)]
    [InlineData("de", false)]
    [InlineData(null, false)]
    public void Chinese_is_chosen_for_every_zh_code_and_English_otherwise(string? code, bool chinese)
    {
        var strings = Strings.For(code);

        strings.Announcements.Should().BeSameAs(chinese ? Strings.Chinese.Announcements : Strings.English.Announcements);
        strings.Subscriptions.Should().BeSameAs(chinese ? Strings.Chinese.Subscriptions : Strings.English.Subscriptions);
        strings.Edge.Should().BeSameAs(chinese ? Strings.Chinese.Edge : Strings.English.Edge);
    }

    /// <summary>Every string property of the language and of its feature tables, by dotted name.</summary>
    private static IEnumerable<(string Name, string Value)> Texts(object table, string prefix = "")
    {
        foreach (var property in table.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var value = property.GetValue(table);
            var name = prefix + property.Name;
            switch (value)
            {
                case string text:
                    yield return (name, text);
                    break;
                case string[] list:
                    for (var i = 0; i < list.Length; i++) yield return ($"{name}[{i}]", list[i]);
                    break;
                case Core.Reminders.AnnouncementStrings or Core.Reminders.Commands.SubscriptionStrings or EdgeTexts:
                    foreach (var inner in Texts(value, name + ".")) yield return inner;
                    break;
            }
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
