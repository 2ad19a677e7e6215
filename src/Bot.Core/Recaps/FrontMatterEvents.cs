using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bot.Core.Recaps;

/// <summary>Builds the same untyped tree as YamlDotNet's <c>Deserialize&lt;object&gt;</c> (maps, lists, strings, nulls)
/// straight from YamlDotNet's parser event stream, skipping the deserializer's type resolution and node-deserializer
/// chain. Anything it does not mirror exactly (tags, anchors, aliases, complex or duplicate keys, several
/// documents) makes it decline, and the caller falls back to the deserializer.</summary>
internal static class FrontMatterEvents
{
    // Well below the deserializer's recursion limit: deeper trees are left to it, so it fails them as before.
    private const int MaxDepth = 16;

    public static bool TryRead(string yaml, out Dictionary<object, object?>? map)
    {
        map = null;
        try
        {
            return TryReadCore(new Parser(new StringReader(yaml)), out map);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Malformed YAML: the deserializer reports it with its own message and position (and wraps what the
            // parser throws the way the reader expects).
            return false;
        }
    }

    private static bool TryReadCore(Parser parser, out Dictionary<object, object?>? map)
    {
        map = null;
        if (!parser.TryConsume<StreamStart>(out _) || !parser.TryConsume<DocumentStart>(out _))
        {
            return false;
        }

        if (!parser.TryConsume<MappingStart>(out var start) || !Plain(start))
        {
            return false;
        }

        map = ReadMapping(parser, 1);
        return map is not null && parser.TryConsume<DocumentEnd>(out _) && parser.TryConsume<StreamEnd>(out _);
    }

    private static Dictionary<object, object?>? ReadMapping(Parser parser, int depth)
    {
        var map = new Dictionary<object, object?>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key) || !Plain(key) || IsNull(key) || !TryReadValue(parser, depth, out var value)
                || !map.TryAdd(key.Value, value))
            {
                return null;
            }
        }

        return map;
    }

    private static List<object?>? ReadSequence(Parser parser, int depth)
    {
        var list = new List<object?>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            if (!TryReadValue(parser, depth, out var item))
            {
                return null;
            }

            list.Add(item);
        }

        return list;
    }

    private static bool TryReadValue(Parser parser, int depth, out object? value)
    {
        switch (depth >= MaxDepth ? null : parser.Current)
        {
            case Scalar scalar when Plain(scalar):
                parser.MoveNext();
                value = IsNull(scalar) ? null : scalar.Value;
                return true;
            case SequenceStart sequence when Plain(sequence):
                parser.MoveNext();
                value = ReadSequence(parser, depth + 1);
                return value is not null;
            case MappingStart mapping when Plain(mapping):
                parser.MoveNext();
                value = ReadMapping(parser, depth + 1);
                return value is not null;
            default:
                value = null;
                return false;
        }
    }

    private static bool Plain(NodeEvent node) => node.Tag.IsEmpty && node.Anchor.IsEmpty;

    // YamlDotNet's NullNodeDeserializer rule: an untagged plain scalar spelled as a YAML null.
    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
