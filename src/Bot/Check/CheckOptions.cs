namespace Bot.Check;

/// <summary>Arguments of <c>check [DIR] [--json] [--strict]</c>.</summary>
public sealed record CheckOptions(string Folder, bool Json, bool Strict)
{
    public const string Usage = "usage: check [DIR] [--json] [--strict]   (DIR defaults to content)";

    public static bool TryParse(IReadOnlyList<string> args, out CheckOptions options, out string? error)
    {
        (options, error) = (new CheckOptions("content", false, false), null);
        string? folder = null;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--strict":
                    options = options with { Strict = true };
                    break;
                case "-h" or "--help":
                    error = Usage;
                    return false;
                case not null when arg.StartsWith('-'):
                    error = $"check: unknown option '{arg}'\n{Usage}";
                    return false;
                case not null when folder is null:
                    folder = arg;
                    break;
                default:
                    error = $"check: only one folder can be checked at a time ('{folder}', '{arg}')\n{Usage}";
                    return false;
            }
        }

        options = options with { Folder = folder ?? "content" };
        return true;
    }
}
