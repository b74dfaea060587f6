using System.Text.Json;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Features.Progress;

/// <summary>
/// 反馈进展: "第3条 进展：已完成招标", "凤凰山隧道二期本周完成30%", or the 报告进展 form. Each report is
/// kept per item; a percent updates the item; the first report moves a dispatched or signed-for item
/// to in progress (audited).
/// </summary>
public sealed class ProgressFeature(OpenItemsOptions options) : IPendingFeature
{
    public const int MaxText = 2000;
    public const string ChooseKind = "progress.choose";

    public IReadOnlyCollection<string> PendingKinds { get; } = [ChooseKind];

    /// <summary>What was said while the bot asks which item it was about.</summary>
    private sealed record Choice(string Text, int? Percent, List<int> Numbers);

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var text = turn.Arg(intent, "text");
        if (string.IsNullOrEmpty(text) && turn.Request.Action is null) text = turn.Request.Text?.Trim();
        var percentRaw = turn.Arg(intent, "percent");
        int? percent = null;
        if (!string.IsNullOrEmpty(percentRaw))
        {
            if (ParsePercent(percentRaw) is not { } p) return Answer(ProgressTexts.BadPercent(turn.Lang, percentRaw));
            percent = p;
        }

        Assignment? item;
        if (turn.ItemNumber(intent).Present || turn.Arg(intent, "item") is { Length: > 0 })
        {
            item = ItemLookup.Find(turn, intent, out var notFound);
            if (item is null) return Answer(notFound!);
        }
        else if (turn.Arg(intent, "task") is { Length: > 0 } words)
        {
            var matches = Reportable(turn, words);
            if (matches.Count == 0) return Answer(ProgressTexts.NoMatch(turn.Lang, words));
            if (matches.Count > 1) return Task.FromResult(AskWhich(turn, words, matches, text ?? words, percent));
            item = matches[0];
        }
        else return Answer(ItemTexts.WhichItem(turn.Lang));

        return Task.FromResult(Report(turn, item, text, percent));
    }

    public Task<TurnResult?> ContinueAsync(TurnContext turn, PendingState pending, Intent intent, CancellationToken ct)
    {
        // A new command is not an answer to "which one?"; the engine routes it normally.
        if (intent.Name != EngineCapability.Unknown) return Task.FromResult<TurnResult?>(null);
        var choice = JsonSerializer.Deserialize<Choice>(pending.Data)!;
        var said = turn.Request.Text;
        if (TurnArgs.ParseNumber(said) is not { } n) return Task.FromResult<TurnResult?>(null);
        // "3" is item 3 when it is one of the choices, else the 3rd choice.
        var number = choice.Numbers.Contains(n) ? n : n <= choice.Numbers.Count ? choice.Numbers[n - 1] : (int?)null;
        if (number is null || ItemLookup.ByNumber(turn, number.Value) is not { } item)
            return Task.FromResult<TurnResult?>(TurnResult.Of(ItemTexts.NotFound(turn.Lang, n)));
        turn.Pending.Clear(turn.Request.ConversationId, turn.Member.Id, ChooseKind);
        return Task.FromResult<TurnResult?>(Report(turn, item, choice.Text, choice.Percent));
    }

    private TurnResult Report(TurnContext turn, Assignment item, string? text, int? percent)
    {
        var lang = turn.Lang;
        if (!ItemAccess.CanReport(turn.Member, item)) return TurnResult.Of(ProgressTexts.NotYours(lang, item.Number));
        if (!item.IsOpen) return TurnResult.Of(ProgressTexts.Closed(lang, item.Number));
        if (string.IsNullOrWhiteSpace(text) && percent is null)
            return turn.IsFormSubmit()
                ? new TurnResult().Say(ProgressTexts.Empty(lang)).Show(ProgressCards.Form(lang, item))
                : new TurnResult().Show(ProgressCards.Form(lang, item));
        if (text?.Length > MaxText) return TurnResult.Of(ProgressTexts.TooLong(lang, MaxText));

        var reportId = ReportId(turn, item);
        var recorded = turn.Store.Write(s =>
        {
            // The channel may deliver one activity twice; the second delivery finds its report already kept.
            if (s.Items.Report(reportId) is not null) return true;
            // Read again inside the transaction: someone may have closed it since the card was shown.
            var a = s.Items.Get(item.Id);
            if (a is null || !a.IsOpen) return false;
            s.Items.AddReport(new ProgressReport
            {
                Id = reportId,
                AssignmentId = a.Id,
                Text = string.IsNullOrWhiteSpace(text) ? "" : text.Trim(),
                Percent = percent,
                ReportedBy = turn.Member.Id,
                ReportedAt = turn.Clock.UtcNow,
                Evidence = turn.Request.Files.Select(f => new EvidenceFile { Name = f.Name, ContentType = f.ContentType, Url = f.Url, Size = f.Size }).ToList(),
            });
            if (percent is { } p) ItemLifecycle.SetPercent(turn, a, p);
            if (a.Status is AssignmentStatus.Dispatched or AssignmentStatus.SignedFor)
                ItemLifecycle.Move(turn, a, AssignmentStatus.InProgress, AuditActions.ProgressReport);
            // Only our own question is answered now; a review or another exchange waiting on the member stays.
            s.Pending.Delete(PendingState.KeyFor(turn.Request.ConversationId, turn.Member.Id, ChooseKind));
            return true;
        });
        if (!recorded) return TurnResult.Of(ProgressTexts.Closed(lang, item.Number));
        var result = TurnResult.Of(ProgressTexts.Recorded(lang, item.Number, percent));
        if (percent == 100 && ItemAccess.CanRequestCheckOff(turn.Member, item)) result.Say(ProgressTexts.AllDoneHint(lang, item.Number));
        return result;
    }

    /// <summary>One report per incoming activity and item.</summary>
    private static string ReportId(TurnContext turn, Assignment item) => turn.Request.ActivityId is { Length: > 0 } activity
        ? $"{turn.Request.ConversationId}|{activity}|{item.Id}"
        : Guid.NewGuid().ToString("N");

    private TurnResult AskWhich(TurnContext turn, string words, IReadOnlyList<Assignment> matches, string text, int? percent)
    {
        var shown = matches.Take(6).ToList();
        var data = JsonSerializer.Serialize(new Choice(text, percent, shown.Select(a => a.Number).ToList()));
        // A short life: a bare "2" an hour later should not land on this question.
        turn.Pending.Set(turn.Request.ConversationId, turn.Member.Id, ChooseKind, data, TimeSpan.FromMinutes(30));
        return new TurnResult().Show(ProgressCards.Choose(turn.Lang, words, shown, text, percent));
    }

    /// <summary>The open items this member may report on whose task fits the words, most urgent first.</summary>
    private List<Assignment> Reportable(TurnContext turn, string words)
    {
        var open = new OpenItemsQuery(turn.Store).For(turn.Member, turn.Clock.Today, options.WarnDays);
        // Match on the task text first; only the few matches are read whole.
        return TaskMatcher.Match(words, open, i => i.Row.Task).Select(i => i.Assignment)
            .Where(a => ItemAccess.CanReport(turn.Member, a)).ToList();
    }

    public static int? ParsePercent(string value)
    {
        var v = value.Normalize(System.Text.NormalizationForm.FormKC).Trim().TrimEnd('%').Trim();
        return double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && d >= 0 && d <= 100 && d == Math.Floor(d) ? (int)d : null;
    }

    private static Task<TurnResult> Answer(string text) => Task.FromResult(TurnResult.Of(text));
}
