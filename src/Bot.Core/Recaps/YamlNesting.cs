namespace Bot.Core.Recaps;

/// <summary>How deep a YAML text nests (flow brackets, or indentation levels of two), read without parsing it.</summary>
internal static class YamlNesting
{
    public static int Of(string yaml)
    {
        int depth = 0, max = 0, indent = 0, maxIndent = 0;
        var lineStart = true;
        foreach (var c in yaml)
        {
            switch (c)
            {
                case '[' or '{':
                    max = Math.Max(max, ++depth);
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }

            if (c == '\n')
            {
                (lineStart, indent) = (true, 0);
            }
            else if (lineStart && c is ' ' or '-')
            {
                maxIndent = Math.Max(maxIndent, ++indent);
            }
            else
            {
                lineStart = false;
            }
        }

        return Math.Max(max, maxIndent / 2);
    }
}
