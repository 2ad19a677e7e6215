namespace Bot.Core.Recaps.Outline;

/// <summary>A run of <see cref="PageOutline.Lines"/> under one heading (<paramref name="Count"/> from <paramref name="First"/>).</summary>
/// <param name="Heading">The heading's cleaned text, as in <see cref="PageLine.Section"/>.</param>
/// <param name="Index">The run's place in <see cref="PageOutline.Sections"/>, where <see cref="PageOutline.KeyOf"/> keeps its key.</param>
internal readonly record struct SectionLines(string Heading, int First, int Count, int Index);
