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
        // Edits and posting are the person's own words or the draft card's button, never a model's reading.
        .RulesOnlyVerb(Edit)
        .RulesOnlyVerb(Post)
        // Whole-message commands, after the office tools (ledger 60, notices 70).
        .Rule(RuleOrder.Command, 80, BulletinRules.Match)
        .Help(BulletinTexts.HelpSay, BulletinTexts.HelpWhat, place: 60)
        .Build();
}
