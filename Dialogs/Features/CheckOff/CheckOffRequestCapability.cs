using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.CheckOff;

/// <summary>申请销号: a unit asks for an item to be checked off as done.</summary>
public sealed class CheckOffRequestCapability : ICapability
{
    /// <summary>Slots: item, note.</summary>
    public static readonly Verb Request = new("checkOffRequest", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("checkOff.request")
        .HandledBy<CheckOffRequestFeature>()
        .Tool(Request, CheckOffTexts.RequestProposal, "A unit asks for an item to be checked off as done (第3条申请销号, request check-off for item 3).",
            CommonSlots.Item(), new SlotSpec("note", SlotKind.Text, "The user's note on completion."))
        // After the office's verdict (同意/退回…销号 also say 销号), before history and progress.
        .Rule(RuleOrder.Report, 10, CheckOffRules.Request)
        .Build();
}
