using ChatBot.Dialogs.Features.Instruction;

namespace ChatBot.Dialogs.Storage;

/// <summary>批示: a leader's instructions on items (Features/Instruction). Append-only.</summary>
public interface IInstructions
{
    InstructionRecord? Get(string id);
    /// <summary>The item's instructions, oldest first.</summary>
    IReadOnlyList<InstructionRecord> For(string assignmentId);
    void Add(InstructionRecord record);
}
