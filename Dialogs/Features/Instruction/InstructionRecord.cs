namespace ChatBot.Dialogs.Features.Instruction;

/// <summary>One 批示: a leader's instruction on an item, as written, and whom it was sent to.</summary>
public sealed class InstructionRecord
{
    public string Id { get; set; } = "";
    public string AssignmentId { get; set; } = "";
    public int Number { get; set; }
    public string UnitId { get; set; } = "";
    public string Text { get; set; } = "";
    public string LeaderId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    /// <summary>The unit's head and liaison it was pushed to.</summary>
    public List<string> SentTo { get; set; } = [];
}
