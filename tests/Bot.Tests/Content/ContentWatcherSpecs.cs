using Bot.Content;
using Bot.Core.Catalog;
using Bot.Tests.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Content;

public sealed class ContentWatcherSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bot-watch-").FullName;

    private static string Page(string day) => $"""
        ---
        title: "SOFAChannel#50：一次演示直播"
        date: 2027-05-01T10:00:00+08:00
        categories: "SOFAChannel"
        ---

        ## 概要

        - 活动主题：SOFAChannel#50：一次演示直播
        - 活动时间：2027 年 05 月 {day} 日（周四）19:00-20:00
        - 活动形式：线上直播
        """;

    [Fact]
    public async Task A_saved_page_is_reloaded_after_the_debounce_and_a_broken_save_keeps_the_last_good_event()
    {
        // Arrange
        var file = Path.Combine(_folder, "sofa-channel-50.md");
        await File.WriteAllTextAsync(file, Page("13"));
        var catalog = new EventCatalog();
        var content = Options.Create(new ContentOptions { Path = _folder, WatchDebounce = TimeSpan.FromMilliseconds(300) });
        var loader = new ContentCatalogLoader(catalog, content, NullLogger<ContentCatalogLoader>.Instance);
        loader.Load();
        var first = catalog.Current.Events.Single().Start;
        using var watcher = new ContentWatcher(loader, content, TimeProvider.System, NullLogger<ContentWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);

        // Act
        await File.WriteAllTextAsync(file, Page("20"));
        var moved = await Eventually.WaitForAsync(() => Task.FromResult(catalog.Current.Events.SingleOrDefault()?.Start), s => s != first);
        await File.WriteAllTextAsync(file, "---\ntitle: [unclosed\ndate: nope\n---\n");
        var swapped = new TaskCompletionSource();
        catalog.Changed += (_, _) => swapped.TrySetResult();
        await swapped.Task.WaitAsync(TimeSpan.FromSeconds(15));

        // Assert
        first.Should().NotBeNull();
        moved.Should().Be(new DateTimeOffset(2027, 5, 20, 19, 0, 0, TimeSpan.FromHours(8)));
        catalog.Current.Events.Should().ContainSingle().Which.Start.Should().Be(moved, "the broken save keeps the last good version");
    }

    [Fact]
    public async Task A_load_that_read_the_folder_earlier_never_swaps_its_older_catalog_over_a_later_load()
    {
        // Arrange: the first load is held after reading the folder (at the broken page's warning) while the page moves.
        var file = Path.Combine(_folder, "sofa-channel-50.md");
        await File.WriteAllTextAsync(file, Page("13"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.md"), "---\ntitle: [unclosed\ndate: nope\n---\n");
        var catalog = new EventCatalog();
        using var logger = new HoldingLogger<ContentCatalogLoader>();
        var loader = new ContentCatalogLoader(catalog, Options.Create(new ContentOptions { Path = _folder }), logger);
        var first = Task.Run(loader.Load);
        await logger.Held.WaitAsync(TimeSpan.FromSeconds(30));

        // Act: a second load (the watcher, or /reload) reads the moved page; unserialised it finishes within the wait.
        await File.WriteAllTextAsync(file, Page("20"));
        var second = Task.Run(loader.Load);
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(2)));
        logger.Release();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        catalog.Current.Events.Should().ContainSingle().Which.Start.Should().Be(new DateTimeOffset(2027, 5, 20, 19, 0, 0, TimeSpan.FromHours(8)));
        loader.Last.Events.Should().Be(1);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
