using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.Instruction;

/// <summary>批示: 第3条批示：请于周五前专题汇报 / instruction on item 3: … — a leader on an item of their portfolio.</summary>
public sealed partial class InstructionCapability : ICapability
{
    /// <summary>Slots: item, text.</summary>
    public static readonly Verb Give = new("instruction", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("instruction")
        .HandledBy<InstructionFeature>()
        .Tool(Give, InstructionTexts.Proposal, "A leader gives an instruction (批示) on an item (第3条批示：请于周五前专题汇报; instruction on item 3: …).",
            CommonSlots.Item(), new SlotSpec("text", SlotKind.Text, "The instruction exactly as the leader wrote it.") { MaxLength = InstructionFeature.MaxText })
        // A command naming an item, before the review edits and the item reports (which read 第3条 too).
        .Rule(RuleOrder.Command, 90, Match)
        .Help(InstructionTexts.HelpSay, InstructionTexts.HelpWhat, place: 66)
        .Build();

    public static Intent? Match(RuleInput input)
    {
        var text = input.Text;
        if (Pattern().Match(text) is not { Success: true } m) return null;
        var said = input.Original.Trim() is { } o && o.Length == text.Length ? o : text;
        var t = m.Groups["t"];
        return TextSlots.ItemIntent(Give, TextSlots.Item(m.Value) ?? (int.TryParse(m.Groups["n"].Value, out var n) ? n : null),
            ("text", t.Success ? TextSlots.TrimSeparators(said[t.Index..]) : null));
    }

    [GeneratedRegex(@"^(?:对)?第\s*(?:\d+|" + TextSlots.Cn + @")\s*[条项]\s*(?:的)?(?:领导)?(?:作出?|做出?)?批示\s*:?\s*(?<t>.*)$"
        + @"|^批示\s*第\s*(?:\d+|" + TextSlots.Cn + @")\s*[条项]\s*:?\s*(?<t>.*)$"
        + @"|^(?:give\s+(?:an\s+)?)?instruction\s+(?:on|for)\s+item\s+(?<n>\d+)\s*:?\s*(?<t>.*)$"
        + @"|^instruct\s+(?:on\s+)?item\s+(?<n>\d+)\s*:?\s*(?<t>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
