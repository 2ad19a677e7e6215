using System.Diagnostics;
using Bot.Check;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Check;

public sealed class CheckConfigurationSpecs
{
    private const string Page = "---\ntitle: \"SOFAChannel#40：示例\"\ndate: 2027-03-01T10:00:00+08:00\n---\n\n## 概要\n\n- 活动时间：2027 年 03 月 18 日（周四）19:00-20:00\n- 活动形式：线上直播\n";

    private static IConfiguration Zone(string zone) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CheckConfiguration.TimeZoneKey] = zone }).Build();

    private static (int Code, string Out, string Err) Run(IConfiguration configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CheckCommand.Run(args, output, error, configuration);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_reads_page_times_in_the_configured_zone()
    {
        using var folder = new TempFolder();
        folder.Write("page.md", Page);

        var (code, output, _) = Run(Zone("Europe/Berlin"), folder.Path);

        code.Should().Be(CheckCommand.Ok);
        output.Should().Contain("2027-03-18 19:00 +01:00");
    }

    [Fact]
    public void An_unknown_zone_is_a_usage_error_naming_the_key()
    {
        using var folder = new TempFolder();

        var (code, output, error) = Run(Zone("Mars/Olympus_Mons"), folder.Path);

        code.Should().Be(CheckCommand.UsageError);
        output.Should().BeEmpty();
        error.Should().Contain("Content:TimeZone").And.Contain("Mars/Olympus_Mons").And.Contain("Content__TimeZone");
    }

    [Fact]
    public void The_zone_comes_from_appsettings_json_in_the_given_folder()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", "{ \"Content\": { \"TimeZone\": \"America/New_York\" } }");

        CheckConfiguration.TryGetParserOptions(CheckConfiguration.Load(folder.Path), out var options, out _).Should().BeTrue();

        options.TimeZoneId.Should().Be("America/New_York");
    }

    [Theory]
    [InlineData(null, "2027-03-18 19:00 +08:00", 0)]
    [InlineData("America/New_York", "2027-03-18 19:00 -04:00", 0)]
    [InlineData("Nowhere/Special", "Content:TimeZone is 'Nowhere/Special'", 2)]
    public async Task The_built_check_uses_appsettings_json_and_the_environment_overrides_it(string? environmentZone, string expected, int exitCode)
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("page.md", Page);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Bot.dll"), "check", folder.Path })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("Content__TimeZone");
        if (environmentZone is not null)
        {
            start.Environment["Content__TimeZone"] = environmentZone;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        // Act
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        // Assert
        process.ExitCode.Should().Be(exitCode, await stderr);
        (await stdout + await stderr).Should().Contain(expected);
    }
}
