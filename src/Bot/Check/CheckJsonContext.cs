using System.Text.Json.Serialization;

namespace Bot.Check;

/// <summary>Source-generated metadata for <c>check --json</c> (no reflection, so a Native AOT publish can write it); the
/// naming and indentation come from the options in <see cref="CheckReport"/>.</summary>
[JsonSerializable(typeof(List<CheckPageJson>))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
