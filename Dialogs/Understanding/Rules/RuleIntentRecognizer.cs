using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// The deterministic path: keyword and pattern rules in Chinese and English. Works with no LLM at all,
/// and is what the LLM path falls back to.
/// </summary>
public sealed partial class RuleIntentRecognizer : IIntentRecognizer
{
    public Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct) => Task.FromResult(Recognize(text));

    public static Intent Recognize(string text)
    {
        var t = Normalize(text);
        if (CancelPattern().IsMatch(t)) return Intent.Of(Intents.Cancel);
        if (ConfirmPattern().IsMatch(t)) return Intent.Of(Intents.Confirm);
        if (HelpPattern().IsMatch(t)) return Intent.Of(Intents.Help);
        if (OpenItemsPattern().IsMatch(t)) return OpenItemsIntent(t);
        return Intent.Of(Intents.Unknown);
    }

    private static Intent OpenItemsIntent(string t)
    {
        var slots = new Dictionary<string, string>();
        if (OverduePattern().IsMatch(t)) slots["due"] = "overdue";
        else if (ThisWeekPattern().IsMatch(t)) slots["due"] = "thisWeek";
        else if (SoonPattern().IsMatch(t)) slots["due"] = "soon";
        return new Intent(Intents.OpenItems, slots);
    }

    /// <summary>Full-width to half-width, lower case, no surrounding punctuation.</summary>
    public static string Normalize(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant();

    [GeneratedRegex(@"^(取消|算了|不用了|cancel|never ?mind|stop)[\s。.!！]*$")]
    private static partial Regex CancelPattern();

    [GeneratedRegex(@"^(确认|确定|是的|好的|对|没问题|yes|ok|okay|confirm|correct)[\s。.!！]*$")]
    private static partial Regex ConfirmPattern();

    [GeneratedRegex(@"^(帮助|help|\?|？|菜单|menu|怎么用|使用说明|你能做什么|what can you do|commands?)[\s。.!！?？]*$")]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"待办|没办|未办|还有什么|还有哪些|任务|事项|逾期|超期|到期|快到|open items?|to-?dos?|what do i (still )?owe|my items|my tasks|overdue|due (this|next) week|due soon|outstanding")]
    private static partial Regex OpenItemsPattern();

    [GeneratedRegex(@"逾期|超期|过期|overdue|late")]
    private static partial Regex OverduePattern();

    [GeneratedRegex(@"本周|这周|这个星期|this week")]
    private static partial Regex ThisWeekPattern();

    [GeneratedRegex(@"快到期|临近|即将到期|快要到期|due soon|soon")]
    private static partial Regex SoonPattern();
}
