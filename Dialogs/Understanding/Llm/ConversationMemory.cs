using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Understanding.Llm;

/// <summary>
/// The last few turns of each member in each conversation, in memory only, so the model can resolve
/// "那第5条呢" after "第3条 记录". Bounded three ways: turns per conversation, characters per turn and
/// number of conversations (least recently used go first). Lost on restart, which costs nothing but context.
/// </summary>
public sealed class ConversationMemory(int turnsKept = 6, int conversationsKept = 1000, int charsPerTurn = 300)
{
    /// <summary>A user's message and the intent it was understood as (slot values cut to size).</summary>
    public sealed record Turn(string UserText, Intent Understood);

    private sealed class Entry
    {
        public readonly Queue<Turn> Turns = new();
        public long LastUsed;
    }

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;

    public int TurnsKept => turnsKept;

    public IReadOnlyList<Turn> Recall(RecognitionContext context)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(Key(context), out var entry)) return [];
            entry.LastUsed = ++_clock;
            return entry.Turns.ToArray();
        }
    }

    public void Remember(RecognitionContext context, string userText, Intent understood)
    {
        var slots = understood.Slots.ToDictionary(s => s.Key, s => Cut(s.Value));
        var turn = new Turn(Cut(userText), new Intent(understood.Name, slots));
        lock (_gate)
        {
            var key = Key(context);
            if (!_entries.TryGetValue(key, out var entry))
            {
                if (_entries.Count >= conversationsKept) _entries.Remove(_entries.MinBy(e => e.Value.LastUsed).Key);
                _entries[key] = entry = new Entry();
            }
            entry.Turns.Enqueue(turn);
            while (entry.Turns.Count > turnsKept) entry.Turns.Dequeue();
            entry.LastUsed = ++_clock;
        }
    }

    public int ConversationCount { get { lock (_gate) return _entries.Count; } }

    /// <summary>What the bot understood, as the model will read it back: the tool and its slots.</summary>
    public static string Describe(Intent intent) =>
        intent.Slots.Count == 0 ? intent.Name : $"{intent.Name}({string.Join(", ", intent.Slots.Select(s => $"{s.Key}={s.Value}"))})";

    private string Cut(string text) => text.Length <= charsPerTurn ? text : text[..charsPerTurn] + "…";

    // Per member too: in a group chat one person's history is not context for another's words.
    private static string Key(RecognitionContext context) => context.ConversationId + "\n" + context.MemberId;
}
