namespace ChatBot.Dialogs.Understanding;

/// <summary>
/// The unit names a member may see, for the LLM's prompt: only names, and only the member's own scope,
/// so nothing about other units leaves the bureau with a chat message.
/// </summary>
public interface IUnitScope
{
    IReadOnlyList<string> UnitNamesVisibleTo(string memberId);
}
