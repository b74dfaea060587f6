namespace ChatBot.Dialogs.Features.Roster;

/// <summary>A roster file that cannot be read: the message names the file, the line (or row) and the field.</summary>
public sealed class RosterFileException(string message, Exception? inner = null) : Exception(message, inner)
{
    public static RosterFileException At(string file, string? where, string? field, string problem) =>
        new($"{Path.GetFileName(file)}{(where is null ? "" : ", " + where)}{(field is null ? "" : $", field '{field}'")}: {problem}");
}
