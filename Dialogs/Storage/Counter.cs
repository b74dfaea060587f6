namespace ChatBot.Dialogs.Storage;

/// <summary>A named sequence's last value (collection "counters" in every provider).</summary>
public sealed class Counter
{
    public string Id { get; set; } = "";
    public int Value { get; set; }
}
