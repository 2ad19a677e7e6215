namespace Bot.Core.Events;

/// <summary>A slides link as published on the page (the link text is often the talk title).</summary>
public sealed record SlideLink(string Url, string Text);
