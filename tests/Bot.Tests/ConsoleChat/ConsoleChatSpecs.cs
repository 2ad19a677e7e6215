using System.Diagnostics;
using Bot.Hosting;

namespace Bot.Tests.ConsoleChat;

public sealed class ConsoleChatSpecs
{
    private static async Task<(int Exit, string Output)> ChatAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var exit = await BotApplication.RunAsync(args, new StringReader(input), output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task The_console_chat_answers_piped_commands_over_the_corpus_and_exits_at_end_of_input()
    {
        // Act
        var (exit, output) = await ChatAsync("/speaker 仪式\n/agenda meetup 14\n/search 服务发现\n/slides 服务发现\n", "--content", RepoPaths.Corpus, "--lang", "zh");

        // Assert
        exit.Should().Be(0);
        output.Should().MatchRegex(@"Content: .*sofastack — \d+ events, \d+ talks");
        output.Should().Contain("周群力 (花名：仪式)").And.Contain("2022-04-01 在大规模集群中落地 dapr 或 Layotto");
        output.Should().Contain("议程 · ").And.Contain("SOFARegistry");
        var agenda = output[output.IndexOf("议程 · ", StringComparison.Ordinal)..];
        agenda.IndexOf("如何建立云原生时代的 DevOps 工具链", StringComparison.Ordinal)
            .Should().BeLessThan(agenda.IndexOf("云原生多集群治理实践", StringComparison.Ordinal)).And.BePositive();
        output.Should().Contain("“服务发现”：").And.Contain("蚂蚁服务发现的大规模实践");
        output.Should().Contain("PPT <https://gw.alipayobjects.com/os/bmw-prod/7d7a7055-99b9-4b1f-aacc-4dbb75cd10f8.pdf>", "links are shown as text <url>");
        output.Should().NotContain("info:").And.NotContain("warn:");
    }

    [Fact]
    public async Task A_number_presses_a_button_of_the_previous_reply()
    {
        // Act
        var (_, output) = await ChatAsync("/events\n9\n1\n", "--content", RepoPaths.Corpus, "--lang", "en");

        // Assert
        output.Should().Contain("[9] 2 ▶").And.Contain("Events (59) — page 2/8");
        var card = output[output.LastIndexOf("Events (59) — page 2/8", StringComparison.Ordinal)..];
        card.Should().Contain("[1] SOFAChannel#30").And.Contain("More: /agenda ");
    }

    [Fact]
    public async Task A_number_that_is_no_button_of_the_previous_reply_is_said_so_and_not_searched()
    {
        // Act
        var (_, output) = await ChatAsync("/speaker 仪式\n12\n", "--content", RepoPaths.Corpus, "--lang", "en");

        // Assert
        output.Should().Contain("There is no button 12: the last reply's buttons are 1–").And.NotContain("“12”");
    }

    [Fact]
    public async Task A_missing_content_folder_is_reported_and_the_chat_still_answers()
    {
        var (exit, output) = await ChatAsync("/next\n", "--content", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()), "--lang", "en");

        exit.Should().Be(0);
        output.Should().Contain("not found — no events loaded").And.Contain("No upcoming event is announced yet.");
    }

    [Fact]
    public async Task The_built_bot_reads_stdin_and_prints_plain_answers_on_stdout_with_logs_on_stderr()
    {
        // Arrange
        var dll = Path.Combine(AppContext.BaseDirectory, "Bot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var arg in new[] { dll, "--content", RepoPaths.Corpus, "--lang", "en" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Telegram__Token"] = string.Empty;
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        // Act
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardInput.WriteAsync("/speaker 仪式\n/ics meetup 14\n".AsMemory(), timeout.Token);
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);

        // Assert
        process.ExitCode.Should().Be(0, await stderr);
        var output = await stdout;
        output.Should().Contain("周群力 (a.k.a. 仪式)").And.Contain("📎 zh-sofa-meetup-14.ics").And.Contain("DTSTART;TZID=Asia/Shanghai:20220401T093000");
        output.Should().NotContain("info:").And.NotContain("warn:");
        (await stderr).Should().Contain("Loaded ");
    }
}
