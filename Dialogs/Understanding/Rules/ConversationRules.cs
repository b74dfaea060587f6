using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>The short words every exchange needs: 确认, 取消, 帮助, and pausing or resuming reminders.</summary>
internal static partial class ConversationRules
{
    public static Intent? Match(string text)
    {
        if (IsCancel(text)) return Intent.Of(Intents.Cancel);
        if (IsConfirmation(text)) return Intent.Of(Intents.Confirm);
        if (HelpPattern().IsMatch(text)) return Intent.Of(Intents.Help);
        // The reminders slice already reads these commands (暂停提醒三天, pause reminders for a week);
        // one parser keeps the two from drifting apart.
        return PauseCommand.Parse(text) switch
        {
            { Action: PauseAction.Resume } => Intent.Of(Intents.ResumeReminders),
            { Action: PauseAction.Pause } p => Intent.Of(Intents.PauseReminders, ("days", TextSlots.Digits(p.Days))),
            _ => null,
        };
    }

    /// <summary>
    /// Whether the person's own text is a confirmation. This alone (or the card's own button) confirms
    /// a waiting change — never the model's reading. The whole message must be yes-words: 确认, 好的确认,
    /// 是的, yes, ok, confirm…; "好的我看看", "确认一下第3条", "确认吗？" and "不确认" are not.
    /// </summary>
    public static bool IsConfirmation(string text) => ConfirmPattern().IsMatch(Normalize(text));

    public static bool IsCancel(string text) => CancelPattern().IsMatch(Normalize(text));

    private static string Normalize(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Trim();

    // One or more of the words, so "不用了，取消吧" and "好的，确认" count too.
    private const string Tail = @"[吧啊呀了]?[\s。.!！]*$";

    [GeneratedRegex(@"^(?:(?:取消|算了|不用了|不要了|撤销|cancel|never ?mind|stop|abort)[吧啊了]?[\s,，、]*)+" + Tail, RegexOptions.IgnoreCase)]
    private static partial Regex CancelPattern();

    [GeneratedRegex(@"^(?:(?:确认|确定|是的|是|好的|好|对|对的|没问题|可以|yes|y|ok|okay|confirm|confirmed|correct|sure)[吧啊呀]?[\s,，、]*)+" + Tail, RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmPattern();

    [GeneratedRegex(@"^(帮助|help|\?|？|菜单|menu|怎么用|使用说明|你能做什么|你会什么|能做什么|what can you do|commands?)[\s。.!！?？]*$", RegexOptions.IgnoreCase)]
    private static partial Regex HelpPattern();
}
