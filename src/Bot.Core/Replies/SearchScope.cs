using Bot.Core.Catalog;

namespace Bot.Core.Replies;

/// <summary>What a result list holds: everything (/search), or the talks only ("who spoke about …").</summary>
public enum SearchScope
{
    All,
    Talks,
}

internal static class SearchScopes
{
    public static Func<SearchHit, bool>? Filter(this SearchScope scope) =>
        scope == SearchScope.Talks ? h => h.Kind == SearchHitKind.Talk : null;

    public static char Code(this SearchScope scope) => scope == SearchScope.Talks ? 't' : 'a';

    public static bool TryParse(char code, out SearchScope scope)
    {
        scope = code == 't' ? SearchScope.Talks : SearchScope.All;
        return code is 'a' or 't';
    }
}
