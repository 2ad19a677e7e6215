using System.Text;
using FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Tests.FakeBotApi;

public sealed class FakeServerStrictnessSpecs : FakeServerSpecsBase
{
    [Fact]
    public async Task I_am_answered_400_for_unbalanced_html_like_telegram()
    {
        // Act
        var act = () => Client.SendMessage(42, "<b>bold", ParseMode.Html);

        // Assert
        var error = (await act.Should().ThrowAsync<ApiRequestException>()).Which;
        error.ErrorCode.Should().Be(400);
        error.Message.Should().Be("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        Server.Requests.Should().ContainSingle(r => r.Method == "sendMessage" && r.StatusCode == 400);
    }

    [Fact]
    public async Task Text_is_measured_after_entity_parsing()
    {
        // Arrange: 4096 visible characters, many more in HTML
        var html = "<b>" + string.Concat(Enumerable.Repeat("&amp;", 4096)) + "</b>";

        // Act
        var sent = await Client.SendMessage(42, html, ParseMode.Html);
        var tooLong = () => Client.SendMessage(42, new string('x', 4097));

        // Assert
        sent.Text.Should().HaveLength(4096);
        (await tooLong.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().Be("Bad Request: message is too long");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<b> </b>")]
    public async Task Empty_text_is_refused(string text)
    {
        var act = () => Client.SendMessage(42, text, ParseMode.Html);

        (await act.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().Be("Bad Request: message text is empty");
    }

    [Fact]
    public async Task Callback_data_over_64_bytes_is_refused()
    {
        // Arrange: 22 Chinese characters are 66 bytes
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("x", new string('中', 22)));

        // Act
        var act = () => Client.SendMessage(42, "hi", replyMarkup: keyboard);

        // Assert
        (await act.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().Be("Bad Request: BUTTON_DATA_INVALID");
    }

    [Fact]
    public async Task A_button_with_neither_callback_data_nor_url_is_refused()
    {
        var keyboard = new InlineKeyboardMarkup(new InlineKeyboardButton("just text"));

        var act = () => Client.SendMessage(42, "hi", replyMarkup: keyboard);

        (await act.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().Contain("Text buttons are unallowed");
    }

    [Fact]
    public async Task More_than_50_inline_results_are_refused()
    {
        // Arrange
        var query = Server.EnqueueInlineQuery(FakeChats.User(7), "x").InlineQuery!;
        var results = Enumerable.Range(0, 51).Select(i => new InlineQueryResultArticle($"r{i}", $"t{i}", new InputTextMessageContent("card")));

        // Act
        var act = () => Client.AnswerInlineQuery(query.Id, results);

        // Assert
        (await act.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().Be("Bad Request: RESULTS_TOO_MUCH");
    }

    [Theory]
    [InlineData("Agenda", "ok")]
    [InlineData("agenda-now", "ok")]
    [InlineData("agenda", "")]
    public async Task Command_names_and_descriptions_are_checked_like_telegram(string name, string description)
    {
        var act = () => Client.SetMyCommands([new BotCommand(name, description)]);

        (await act.Should().ThrowAsync<ApiRequestException>()).Which.ErrorCode.Should().Be(400);
    }

    [Fact]
    public async Task Commands_are_kept_per_scope_and_language()
    {
        // Act
        await Client.SetMyCommands([new BotCommand("agenda", "议程")], languageCode: "zh");

        // Assert
        Server.MyCommands("default", "zh").Should().ContainSingle().Which.Command.Should().Be("agenda");
        Server.MyCommands().Should().BeNull();
    }

    [Fact]
    public async Task Editing_a_message_to_the_same_content_is_refused_as_not_modified()
    {
        // Arrange
        var sent = await Client.SendMessage(42, "<b>a</b>", ParseMode.Html);

        // Act
        var edited = await Client.EditMessageText(42, sent.Id, "<b>b</b>", ParseMode.Html);
        var again = () => Client.EditMessageText(42, sent.Id, "<b>b</b>", ParseMode.Html);

        // Assert
        edited.Text.Should().Be("b");
        Server.Message(42, sent.Id)!.Text.Should().Be("b");
        (await again.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().StartWith("Bad Request: message is not modified");
    }

    [Fact]
    public async Task A_reply_to_a_message_that_does_not_exist_is_refused()
    {
        var act = () => Client.SendMessage(42, "hi", replyParameters: new ReplyParameters { MessageId = 999 });

        (await act.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().Be("Bad Request: message to be replied not found");
    }

    [Fact]
    public async Task A_document_arrives_as_multipart_with_its_file()
    {
        // Arrange
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("BEGIN:VCALENDAR"));

        // Act
        var sent = await Client.SendDocument(42, InputFile.FromStream(content, "event.ics"), caption: "<b>Event</b>", parseMode: ParseMode.Html);

        // Assert
        sent.Document!.FileName.Should().Be("event.ics");
        var request = Server.Requests.Should().ContainSingle(r => r.Method == "sendDocument").Which;
        request.Files.Should().ContainSingle().Which.Content.Should().Equal(Encoding.UTF8.GetBytes("BEGIN:VCALENDAR"));
        request.Text.Should().Be("<b>Event</b>");
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        // Arrange
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { Token = "1:RIGHT" });
        var client = new TelegramBotClient(new TelegramBotClientOptions("1:WRONG", server.BaseUrl));

        // Act
        var act = () => client.GetMe();

        // Assert
        (await act.Should().ThrowAsync<ApiRequestException>()).Which.ErrorCode.Should().Be(401);
    }
}
