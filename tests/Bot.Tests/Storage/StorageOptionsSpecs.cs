using Bot.Hosting;
using Bot.Storage;
using Bot.Storage.Postgres;
using Bot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Storage;

public sealed class StorageOptionsSpecs
{
    private const string Secret = "s3cret-Pa55";

    [Fact]
    public void PostgreSQL_needs_a_connection_string_that_names_the_server()
    {
        // Arrange
        var validator = new StorageOptionsValidator();

        // Act
        var missing = validator.Validate(null, new StorageOptions { Provider = nameof(StorageProvider.Postgres) });
        var noHost = validator.Validate(null, new StorageOptions { Provider = nameof(StorageProvider.Postgres), ConnectionString = "Database=bot" });
        var fine = validator.Validate(null, new StorageOptions { Provider = nameof(StorageProvider.Postgres), ConnectionString = "Host=db;Database=bot" });

        // Assert
        missing.FailureMessage.Should().StartWith("Storage:ConnectionString must be set when Storage:Provider is Postgres");
        noHost.FailureMessage.Should().Be("Storage:ConnectionString must name the server (Host=...).");
        fine.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void A_provider_that_is_neither_is_a_message_naming_the_key()
    {
        // Act
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = "Mongo" });

        // Assert
        result.FailureMessage.Should().Be("Storage:Provider must be Sqlite or Postgres.");
    }

    [Fact]
    public void A_connection_string_that_cannot_be_read_is_reported_without_quoting_it()
    {
        // Arrange
        var options = new StorageOptions { Provider = nameof(StorageProvider.Postgres), ConnectionString = $"Host=db;Password={Secret};Colour=blue" };

        // Act
        var result = new StorageOptionsValidator().Validate(null, options);

        // Assert
        result.FailureMessage.Should().StartWith("Storage:ConnectionString is not a valid Npgsql connection string").And.NotContain(Secret);
    }

    [Fact]
    public void The_password_from_its_own_key_wins_and_the_loggable_form_has_none()
    {
        // Arrange
        var options = new StorageOptions { ConnectionString = "Host=db;Database=bot;Username=bot;Password=old", Password = Secret };

        // Act
        var composed = PostgresConnection.Compose(options);
        var redacted = PostgresConnection.Redacted(composed);

        // Assert
        composed.Should().Contain($"Password={Secret}");
        redacted.Should().Be("Host=db;Database=bot;Username=bot");
    }

    [Theory]
    [InlineData(null, typeof(SqliteChatStore), typeof(ProcessSchedulingLock))]
    [InlineData("Postgres", typeof(PostgresChatStore), typeof(PostgresSchedulingLock))]
    public void The_provider_setting_chooses_the_backend(string? provider, Type chatStore, Type schedulingLock)
    {
        // Arrange
        var args = provider is null
            ? Array.Empty<string>()
            : ["--Storage:Provider", provider, "--Storage:ConnectionString", "Host=127.0.0.1;Database=bot"];

        // Act
        using var host = BotApplication.CreateBuilder(args).Build();

        // Assert
        host.Services.GetRequiredService<IChatStore>().Should().BeOfType(chatStore);
        host.Services.GetRequiredService<ISchedulingLock>().Should().BeOfType(schedulingLock);
    }
}
