namespace Bot.Core.Recaps.Talks;

/// <summary>Cheap marks noted while the page is flattened, so a layout that cannot apply costs nothing.</summary>
[Flags]
internal enum PageSignals
{
    None = 0,
    Table = 1,
    HtmlTable = 2,
    SlotHeading = 4,
    BoldSlot = 8,
    BoldBracket = 16,
    BracketHeading = 32,
    BracketLine = 64,
    Lecturer = 256,
    NumberedHeading = 512,
}
