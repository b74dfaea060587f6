using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.Evidence;

/// <summary>第3条佐证材料, 第3条 佐证, 第3条附件, evidence for item 3, item 3 evidence.</summary>
public static partial class EvidenceRules
{
    public static Intent? Match(string text)
    {
        if (!Words().IsMatch(text)) return null;
        var item = TextSlots.Item(text);
        if (item is null) return null;
        return TextSlots.ItemIntent(ListWords().IsMatch(text) ? EvidenceCapability.List : EvidenceCapability.Attach, item);
    }

    [GeneratedRegex(@"^\s*(?:查看|列出|看看|看一下|show|list)\s*|有哪些|\bwhat\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListWords();

    [GeneratedRegex(@"^\s*(?:查看|列出|看看|看一下|show\s+(?:the\s+)?|list\s+(?:the\s+)?)?(?:第\s*\S{1,6}\s*[条项]|item\s*\d+)?\s*(?:的)?\s*(?:佐证材料|佐证|证明材料|附件|照片)\s*(?:第\s*\S{1,6}\s*[条项])?\s*(?:有哪些)?\s*$|^\s*(?:(?:show|list)\s+(?:the\s+)?)?(?:evidence|attachments|photos|files)\s+(?:for|of)\s+item\s*\d+\s*$|^\s*item\s*\d+\s+(?:evidence|attachments|photos|files)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
