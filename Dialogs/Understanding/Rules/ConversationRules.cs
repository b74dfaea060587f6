using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>The short words every exchange needs: 确认 and 取消 (the engine's own verbs, <see cref="Conversation.Capabilities.EngineCapability"/>).</summary>
internal static partial class ConversationRules
{
    /// <summary>
    /// Whether the person's own text is a confirmation. This alone (or the card's own button) confirms
    /// a waiting change — never the model's reading. The whole message must be yes-words: 确认, 好的确认,
    /// 是的, yes, ok, confirm…, and the words on the waiting card's own button (确认下发, confirm and
    /// dispatch); "好的我看看", "确认一下第3条", "确认吗？" and "不确认" are not.
    /// </summary>
    public static bool IsConfirmation(string text) => ConfirmPattern().IsMatch(Normalize(text));

    public static bool IsCancel(string text) => CancelPattern().IsMatch(Normalize(text));

    private static string Normalize(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Trim();

    // One or more of the words, so "不用了，取消吧" and "好的，确认" count too.
    private const string Tail = @"[吧啊呀了]?[\s。.!！]*$";

    [GeneratedRegex(@"^(?:(?:取消|算了|不用了|不要了|撤销|cancel|never ?mind|stop|abort)[吧啊了]?[\s,，、]*)+" + Tail, RegexOptions.IgnoreCase)]
    private static partial Regex CancelPattern();

    [GeneratedRegex(@"^(?:(?:(?:确认|确定)(?:下发|发送|提交)?|是的|是|好的|好|对|对的|没问题|可以|yes|y|ok|okay|confirm(?: and dispatch)?|confirmed|correct|sure)[吧啊呀]?[\s,，、]*)+" + Tail, RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmPattern();
}
