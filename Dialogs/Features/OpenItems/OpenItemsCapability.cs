using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>我的待办 with its filters: the member's open items, most urgent first.</summary>
public sealed class OpenItemsCapability : ICapability
{
    /// <summary>Slots: due (overdue|soon|thisWeek|today), unit (unit name as said), meeting (title words), status (open|pending|closed).</summary>
    public static readonly Verb OpenItems = new("openItems", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("openItems")
        .HandledBy<OpenItemsFeature>()
        .Tool(OpenItems, "The user asks for their open items / to-dos, optionally filtered (我的待办, 我还有什么没办的, 逾期的, 本周到期, 市政工程处的待办, what do I still owe).",
            new SlotSpec("due", SlotKind.Choice, "Deadline filter: overdue (逾期), today (今天到期), thisWeek (本周到期), soon (快到期).") { Choices = ["overdue", "soon", "thisWeek", "today"] },
            CommonSlots.Unit("Only this unit's items: its name as the user wrote it."),
            CommonSlots.Meeting(),
            new SlotSpec("status", SlotKind.Choice, "open (default), pending (awaiting check-off approval, 待审核), closed (已办结).") { Choices = ["open", "pending", "closed"] })
        // Last of all rules: its keywords (任务, 事项, 到期) turn up in every other kind of sentence.
        .Rule(RuleOrder.Query, 0, OpenItemsRules.Match)
        .Help(OpenItemsTexts.HelpSay, OpenItemsTexts.HelpWhat, place: 10)
        .Build();
}
