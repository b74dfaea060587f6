using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Bulletin;

/// <summary>本月通报 · 考评: the month's bulletin drafted from the figures, edited in chat, posted on 发布.</summary>
public sealed class BulletinCapability : ICapability
{
    /// <summary>本月通报 / 上月通报 / 11月通报 / 本月考评 / monthly bulletin. Slots: month ("this", "last", yyyy-MM, or 1–12).</summary>
    public static readonly Verb Draft = new("bulletinDraft", VerbEffect.Reads);
    /// <summary>删除第2行 / 增加一行：… / 导语改为：… on the office's draft. Slots: op (remove, add, intro), line, text.</summary>
    public static readonly Verb Edit = new("bulletinEdit", VerbEffect.Changes);
    /// <summary>发布 on the draft card (draftId) or 发布通报 typed: posts the latest draft to the office channel.</summary>
    public static readonly Verb Post = new("bulletinPost", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("bulletin")
        .HandledBy<BulletinFeature>()
        .Tool(Draft, BulletinTexts.DraftProposal, "The monthly bulletin or scores of the units (本月通报, 上月通报, 11月通报, 本月考评, monthly bulletin, last month's scores).",
            new SlotSpec("month", SlotKind.Text, "\"this\", \"last\", or the month as yyyy-MM.") { MaxLength = 7 })
        // Both change state: a model's reading of them is shown back and waits for the person's 确认 (the confirmation gate).
        .Tool(Edit, BulletinTexts.EditProposal, "The office edits its bulletin draft: remove a numbered line (删除第2行), add a line (增加一行：…) or replace the intro (导语改为：…).",
            new SlotSpec("op", SlotKind.Choice, "remove, add or intro.") { Choices = ["remove", "add", "intro"] },
            new SlotSpec("line", SlotKind.Integer, "The line number to remove, as the user wrote it.") { Min = 1, Max = 999 },
            new SlotSpec("text", SlotKind.Text, "The line to add or the new intro, exactly as the user wrote it.") { MaxLength = BulletinFeature.MaxLineChars })
        .Tool(Post, BulletinTexts.PostProposal, "The office posts its bulletin draft to the office channel (发布通报, post bulletin).")
        // Whole-message commands, after the office tools (ledger 60, notices 70).
        .Rule(RuleOrder.Command, 80, BulletinRules.Match)
        .Help(BulletinTexts.HelpSay, BulletinTexts.HelpWhat, place: 60)
        .Build();
}
