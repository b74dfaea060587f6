using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Extension;

/// <summary>延期申请: a unit asks for a later deadline, with a reason.</summary>
public sealed class ExtensionRequestCapability : ICapability
{
    /// <summary>第3条申请延期到12月20日，原因：… (unit). Slots: item, date (yyyy-MM-dd), reason, progress.</summary>
    public static readonly Verb Request = new("extensionRequest", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("extension.request")
        .HandledBy<ExtensionRequestFeature>()
        .Tool(Request, ExtensionTexts.RequestProposal, "A unit asks for a later deadline for an item, with a reason (第3条申请延期到12月20日，原因：招标流标; request extension of item 3 to Dec 20, reason: …).",
            CommonSlots.Item(), CommonSlots.Date("The new deadline asked for."),
            new SlotSpec("reason", SlotKind.Text, "Why the unit needs more time, as the user wrote it."),
            new SlotSpec("progress", SlotKind.Text, "What has been done so far, when the user says it."))
        // The approver's answer and the request, in one rule (the answer is read first): after the commands and
        // before the review edits and the item reports, which read "延期到…" as a deadline edit and "驳回" as a check-off's.
        .Rule(RuleOrder.Command, 40, input => ExtensionRules.Match(input.Text, input.Today, input.Original))
        .Help(ExtensionTexts.HelpSay, ExtensionTexts.HelpWhat, place: 40)
        .Build();
}
