namespace ChatBot.Dialogs.Storage;

/// <summary>Named counters: item numbers, the audit order.</summary>
public interface ISequences
{
    /// <summary>The next value (1 first); call inside a write. A value a committed write took is never handed out again.</summary>
    int Next(string sequence);
    /// <summary>The last value handed out (0 before the first).</summary>
    long Current(string sequence);
}
