namespace ChatBot.Dialogs.Storage.LiteDb;

internal sealed class LiteDbSequences(LiteDbCollections c) : ISequences
{
    public int Next(string sequence)
    {
        var counter = c.Counters.FindById(sequence) ?? new Counter { Id = sequence };
        counter.Value++;
        c.Counters.Upsert(counter);
        return counter.Value;
    }

    public long Current(string sequence) => c.Counters.FindById(sequence)?.Value ?? 0;
}
