namespace Bot.Core.Recaps.Talks;

/// <summary>Cheap marks noted while the page is flattened, so a layout that cannot apply costs nothing.</summary>
[Flags]
internal enum PageSignals
{
    None = 0,
    Table = 1,
    HtmlTable = 2,

    /// <summary>A heading or a bold paragraph opens with a digit: where a timed title (<c>### 19:05-20:00 title</c>) can stand.</summary>
    SlotTitle = 4,

    /// <summary>A heading or a paragraph without links holds a <c>《</c>: every place a bracketed title can stand.</summary>
    Bracket = 16,
}
