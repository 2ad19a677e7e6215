using Bot.Core.Catalog;

namespace Bot.Core.Replies;

/// <summary>What a result list holds: everything (/search), the talks only ("who spoke about …"), or the events only
/// (a question naming more events than buttons fit).</summary>
public enum SearchScope
{
    All,
    Talks,
    Events,
}

internal static class SearchScopes
{
    public static Func<SearchHit, bool>? Filter(this SearchScope scope) => scope switch
    {
        SearchScope.Talks => h => h.Kind == SearchHitKind.Talk,
        SearchScope.Events => h => h.Kind == SearchHitKind.Event,
        _ => null,
    };

    public static char Code(this SearchScope scope) => scope switch
    {
        SearchScope.Talks => 't',
        SearchScope.Events => 'e',
        _ => 'a',
    };

    public static bool TryParse(char code, out SearchScope scope)
    {
        scope = code switch
        {
            't' => SearchScope.Talks,
            'e' => SearchScope.Events,
            _ => SearchScope.All,
        };
        return code is 'a' or 't' or 'e';
    }
}
