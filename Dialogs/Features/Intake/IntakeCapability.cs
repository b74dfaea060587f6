using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>立项: a meeting text in, a numbered extraction the office reviews, edits and confirms, then dispatch.</summary>
public sealed class IntakeCapability : ICapability
{
    /// <summary>A meeting text to extract directives from. Slots: text (the message itself).</summary>
    public static readonly Verb Start = new("intakeStart", VerbEffect.ChangesAfterItsOwnCard);
    /// <summary>A review edit. Slots: item or items, field (owner|assisting|deadline|task|delete|add|keep…), value.</summary>
    public static readonly Verb Edit = new("intakeEdit", VerbEffect.ChangesAfterItsOwnCard);
    /// <summary>The review card's 确认下发.</summary>
    public static readonly Verb Confirm = new("intakeConfirm", VerbEffect.Changes);
    /// <summary>The review card's 取消.</summary>
    public static readonly Verb Cancel = new("intakeCancel", VerbEffect.Changes);
    /// <summary>The review card's page buttons.</summary>
    public static readonly Verb Page = new("intakePage", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("intake")
        .HandledBy<IntakeFeature>()
        .DocumentTool(Start, "The message itself is a meeting text (speech, minutes, task-division plan) to extract directives from. The bot takes the text from the message; do not copy it.")
        .Tool(Edit, "During review of an extracted meeting, the user edits an item (第3条 负责单位 市政工程处, 第5条 截止 12月10日, 第2条 增加配合单位 政策法规科, 删除第7条, 增加一条：…).",
            CommonSlots.Item(),
            new SlotSpec("field", SlotKind.Choice, "owner (负责/牵头单位), assisting (配合单位), deadline (截止), task (wording), delete (删除该条), add (增加一条).", Required: true)
            {
                Choices = ["owner", "assisting", "deadline", "task", "delete", "add"],
            },
            new SlotSpec("value", SlotKind.Text, "The new value; a deadline as yyyy-MM-dd when it can be resolved."))
        .CardVerb(Confirm)
        .CardVerb(Cancel)
        .CardVerb(Page)
        // A pasted document first of all, even before the injection guard: a meeting text is data for the review.
        .Rule(RuleOrder.Document, 0, input => IntakeRules.Start(input.Text, input.Original))
        .Rule(RuleOrder.Edit, 0, input => IntakeRules.Edit(input.Text, input.Today))
        .Help(IntakeTexts.HelpSay, IntakeTexts.HelpWhat, place: 10, officeOnly: true)
        .Build();
}
