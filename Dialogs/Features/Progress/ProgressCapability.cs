using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Progress;

/// <summary>进展 on an item, by its number or by words naming the task.</summary>
public sealed class ProgressCapability : ICapability
{
    /// <summary>Slots: item (number), text, percent, task (words naming the task when no number).</summary>
    public static readonly Verb Report = new("progressReport", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("progress")
        .HandledBy<ProgressFeature>()
        .Tool(Report, ProgressTexts.ReportProposal, "The user reports progress on an item (第3条 进展：已完成招标, 凤凰山隧道二期本周完成30%).",
            CommonSlots.Item(),
            new SlotSpec("text", SlotKind.Text, "The progress as the user described it."),
            new SlotSpec("percent", SlotKind.Integer, "Percent complete, when said.") { Min = 0, Max = 100 },
            new SlotSpec("task", SlotKind.Text, "Words naming the task, when no item number is given.") { MaxLength = 100 })
        // The loosest of the item reports (any 完成, 进展 or percentage): after check-off and history.
        .Rule(RuleOrder.Report, 30, ProgressRules.Match)
        .Build();
}
