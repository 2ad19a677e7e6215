using System.Text.Json.Serialization;
using Bot.Core.Events;

namespace Bot.Content;

/// <summary>Source-generated metadata for the reload fingerprint of an <see cref="Event"/> (no reflection, so a Native
/// AOT publish can compute it).</summary>
[JsonSerializable(typeof(Event))]
internal sealed partial class EventJsonContext : JsonSerializerContext;
