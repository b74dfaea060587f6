namespace ChatBot.Dialogs.Storage;

/// <summary>The store file is held by another running instance.</summary>
public sealed class StoreLockedException(string path, Exception inner)
    : Exception($"The task store '{path}' is in use by another running instance of the bot; stop it or set Storage:Path to another file.", inner)
{
    public string Path { get; } = path;
}
