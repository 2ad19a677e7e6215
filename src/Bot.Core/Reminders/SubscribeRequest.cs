using Bot.Core.Catalog;

namespace Bot.Core.Reminders;

/// <summary>What <c>/subscribe</c> asked for, or why it could not be read.</summary>
public sealed record SubscribeRequest(IReadOnlyList<TimeSpan> LeadTimes, SeriesFilter Filter, string? Error = null)
{
    public bool IsValid => Error is null;

    /// <summary>Reads <c>[lead times] [channel|meetup|all]</c>; no lead time means the defaults (1d 1h).</summary>
    public static SubscribeRequest Parse(string? arguments)
    {
        var leads = new SortedSet<TimeSpan>();
        var filter = SeriesFilter.All;
        foreach (var token in (arguments ?? string.Empty).Split([' ', ',', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (LeadTime.TryParse(token, out var lead))
            {
                leads.Add(lead);
            }
            else if (SeriesFilterExtensions.TryParse(token, out var parsed))
            {
                filter = parsed;
            }
            else
            {
                return new SubscribeRequest([], SeriesFilter.All, token.Length > 40 ? token[..40] + "…" : token);
            }
        }

        if (leads.Count > 5)
        {
            return new SubscribeRequest([], SeriesFilter.All, LeadTime.FormatList(leads));
        }

        return new SubscribeRequest(leads.Count == 0 ? LeadTime.Defaults : leads.Reverse().ToList(), filter);
    }
}
