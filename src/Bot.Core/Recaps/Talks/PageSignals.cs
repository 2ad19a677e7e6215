namespace Bot.Core.Recaps.Talks;

/// <summary>Cheap marks noted while the page is flattened, so a layout that cannot apply costs nothing.</summary>
[Flags]
internal enum PageSignals
{
    None = 0,
    Table = 1,
    HtmlTable = 2,

    /// <summary>A heading or a paragraph without links holds a <c>《</c>: every place a bracketed title can stand.</summary>
    Bracket = 16,
}
