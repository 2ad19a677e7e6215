using Bot.Content;
using Bot.Core.Recaps;

namespace Bot.Tests.Content;

public sealed class ContentLoaderSpecs
{
    private const string Page = "---\ntitle: \"SOFAChannel#40：示例\"\ndate: 2027-03-01T10:00:00+08:00\n---\n\n## 概要\n\n- 活动时间：2027 年 03 月 18 日（周四）19:00-20:00\n- 活动形式：线上直播\n";

    [Fact]
    public void Every_page_below_the_folder_is_read_with_a_relative_path_and_readmes_are_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Page);
        folder.Write("zh/activities/sofa-channel-40/index.md", Page);
        folder.Write("README.md", "# for authors");
        folder.Write("zh/readme.md", "# for authors too");
        folder.Write("notes.txt", "not a page");

        var content = ContentLoader.Load(folder.Path);

        content.Pages.Select(p => p.Source).Should().Equal("a.md", "zh/activities/sofa-channel-40/index.md");
        content.Pages[1].Event!.Id.Should().Be("sofa-channel-40");
        content.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_readme_alone_in_a_folder_without_subfolders_is_that_folders_page()
    {
        using var folder = new TempFolder();
        folder.Write("README.md", "# for authors");
        folder.Write("gathering-52/README.md", Page);
        folder.Write("gathering-53/README.md", Page);
        folder.Write("gathering-53/slides.md", Page);
        folder.Write("docs/README.md", "# for authors");
        folder.Write("docs/guide/writing.md", "# how to write a page");

        var content = ContentLoader.Load(folder.Path);

        content.Pages.Select(p => p.Source).Should().Equal("docs/guide/writing.md", "gathering-52/README.md", "gathering-53/slides.md");
        content.Pages[1].Event!.Id.Should().Be("gathering-52");
    }

    [Fact]
    public void A_jekyll_post_saved_as_markdown_is_a_page_and_its_readme_is_not()
    {
        using var folder = new TempFolder();
        folder.Write("_posts/2027-03-18-channel-40.markdown", Page);
        folder.Write("_posts/README.markdown", "# for authors");
        folder.Write("_posts/draft.md.bak", Page);

        var content = ContentLoader.Load(folder.Path);

        content.Pages.Should().ContainSingle().Which.Event!.Id.Should().Be("2027-03-18-channel-40");
    }

    [Fact]
    public void A_file_that_is_not_utf8_becomes_a_diagnostic_and_the_others_still_load()
    {
        using var folder = new TempFolder();
        folder.Write("good.md", Page);
        File.WriteAllBytes(Path.Combine(folder.Path, "bad.md"), [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0xC3, 0x28]);

        var content = ContentLoader.Load(folder.Path);

        content.Pages.Should().ContainSingle().Which.Source.Should().Be("good.md");
        content.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { File = "bad.md", Line = 1, Severity = Severity.Error, Code = "not-utf8" });
    }

    [Fact]
    public void A_missing_folder_is_a_diagnostic_not_an_exception()
    {
        var content = ContentLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")));

        content.Pages.Should().BeEmpty();
        content.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("folder-missing");
    }
    [Fact]
    public async Task A_folder_with_symlink_loops_and_an_outside_link_is_read_with_only_its_own_pages()
    {
        // Arrange: two loops back to the root make a link-following walk exponential; the outside page must never be served.
        using var outside = new TempFolder();
        outside.Write("secret.md", Page.Replace("示例", "outside", StringComparison.Ordinal));
        using var folder = new TempFolder();
        folder.Write("a.md", Page);
        folder.Write("zh/b/index.md", Page);
        folder.Write(".drafts/c.md", Page);
        folder.Write(".hidden.md", Page);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "linked.md"), Path.Combine(outside.Path, "secret.md"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "outside"), outside.Path);
        for (var i = 0; i < 2; i++)
        {
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "zh", "b", $"loop{i}"), folder.Path);
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "zh", $"loop{i}"), Path.Combine(folder.Path, "zh"));
        }

        // Act: the wait only keeps a regression from hanging the run.
        var content = await Task.Run(() => ContentLoader.Load(folder.Path)).WaitAsync(TimeSpan.FromSeconds(60));

        // Assert
        content.Pages.Select(p => p.Source).Should().Equal("a.md", "zh/b/index.md");
        content.Diagnostics.Should().OnlyContain(d => d.Code == "link-skipped" && d.Severity == Severity.Warning)
            .And.Contain(d => d.File == "linked.md").And.Contain(d => d.File == "outside").And.Contain(d => d.File == "zh/b/loop1");
    }
    [Fact]
    public void A_page_of_fifteen_megabytes_of_table_pipes_is_refused_by_its_size_and_the_others_still_load()
    {
        using var folder = new TempFolder();
        folder.Write("good.md", Page);
        folder.Write("dump.md", new string('|', 15 * 1024 * 1024));

        var content = ContentLoader.Load(folder.Path);

        content.Pages.Should().ContainSingle().Which.Source.Should().Be("good.md");
        content.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { File = "dump.md", Severity = Severity.Error, Code = "file-too-large", Message = "the file is 15360 KB; pages above 256 KB are not read" });
    }
}
