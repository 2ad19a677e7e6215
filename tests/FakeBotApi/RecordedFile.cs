namespace FakeBotApi;

/// <summary>A file part of a multipart call (sendDocument).</summary>
public sealed record RecordedFile(string Field, string FileName, string? ContentType, byte[] Content);
