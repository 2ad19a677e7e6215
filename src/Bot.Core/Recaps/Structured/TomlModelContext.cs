using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Bot.Core.Recaps.Structured;

/// <summary>Source-generated metadata for reading a TOML block into Tomlyn's untyped model, so a Native AOT publish
/// reads TOML front matter without reflection.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class TomlModelContext : TomlSerializerContext;
