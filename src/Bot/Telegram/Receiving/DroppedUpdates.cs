using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Receiving;

/// <summary>The updates one chat had turned away in one burst (its queue full), for one log line.</summary>
internal sealed class DroppedUpdates(long since)
{
    private readonly SortedDictionary<UpdateType, int> _kinds = [];

    /// <summary>When the first of them arrived (a <see cref="TimeProvider"/> timestamp).</summary>
    public long Since { get; } = since;
    public int Count { get; private set; }
    public int FirstId { get; private set; } = int.MaxValue;
    public int LastId { get; private set; } = int.MinValue;

    public void Add(Update update)
    {
        Count++;
        FirstId = Math.Min(FirstId, update.Id);
        LastId = Math.Max(LastId, update.Id);
        _kinds[update.Type] = _kinds.GetValueOrDefault(update.Type) + 1;
    }

    /// <summary>Counts per kind, such as <c>12 Message, 1 CallbackQuery</c>.</summary>
    public string Kinds => string.Join(", ", _kinds.Select(k => $"{k.Value} {k.Key}"));
}
