using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding.Cadence;

namespace ChatBot.Dialogs.Features.Cadence;

/// <summary>
/// 报送要求: the office sets or removes an item's cadence (typed, or the model's proposal once confirmed); the
/// owners' one-tap answer to an ask is a progress report, audited, in one write with the ask marked answered. A
/// second answer (another owner, a stale card) is told who answered and changes nothing.
/// </summary>
public sealed class CadenceFeature : ITurnFeature
{
    public const string AuditSet = "reportCadence";
    public const string AuditAnswer = "reportAnswer";

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) =>
        Task.FromResult(intent.Name == CadenceCapability.Answer.Name ? Answer(turn) : Set(turn, intent));

    private static TurnResult Set(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (!turn.Member.IsOffice) return TurnResult.Of(CadenceTexts.OfficeOnly(lang));
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        var words = turn.Arg(intent, "cadence");
        var clear = string.Equals(words, CadenceRules.None, StringComparison.OrdinalIgnoreCase);
        var rule = clear ? null : ReportCadenceParser.Find(words);
        if (!clear && rule is null) return TurnResult.Of(CadenceTexts.NotUnderstood(lang));
        return TurnResult.Of(turn.Store.Write(s =>
        {
            var a = s.Items.Get(item.Id);
            if (a is null || !a.IsOpen || a.Status == AssignmentStatus.CheckOffRequested) return CadenceTexts.Closed(lang, item.Number);
            var cadences = s.Get<IReportCadences>();
            var before = cadences.Get(a.Id);
            if (rule is null)
            {
                if (before is null) return CadenceTexts.NoneToClear(lang, a.Number);
                cadences.Delete(a.Id);
                turn.Audit(ItemLifecycle.EntityType, a.Id, AuditSet, CadenceTexts.Code(before.Rule), null);
                return CadenceTexts.Cleared(lang, a.Number);
            }
            cadences.Put(ReportCadence.For(a.Id, rule, MeetingDay(s, a), turn.Member.Id, turn.Clock.UtcNow));
            turn.Audit(ItemLifecycle.EntityType, a.Id, AuditSet, before is null ? null : CadenceTexts.Code(before.Rule), CadenceTexts.Code(rule));
            return CadenceTexts.Set(lang, a.Number, rule);
        }));
    }

    /// <summary>The day an after-meeting cadence counts from: the meeting's date, else the day it was dispatched.</summary>
    internal static DateOnly? MeetingDay(IStoreSession s, Assignment a) => s.Meetings.Get(a.MeetingId) is { } m
        ? m.Date ?? (m.DispatchedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null)
        : DateOnly.FromDateTime(a.CreatedAt.UtcDateTime);

    /// <summary>From intake: a directive whose words carry a cadence (每周五前报送进展) gets it at dispatch, in the dispatch's write.</summary>
    public static void FromDirective(TurnContext turn, IStoreSession s, Assignment a, DateOnly? meetingDay, params string?[] texts)
    {
        if (texts.Select(ReportCadenceParser.Find).FirstOrDefault(r => r is not null) is not { } rule) return;
        s.Get<IReportCadences>().Put(ReportCadence.For(a.Id, rule, meetingDay ?? turn.Clock.Today, turn.Member.Id, turn.Clock.UtcNow));
        turn.Audit(ItemLifecycle.EntityType, a.Id, AuditSet, null, CadenceTexts.Code(rule));
    }

    private static TurnResult Answer(TurnContext turn)
    {
        var lang = turn.Lang;
        var askId = CardValues.Text(turn.Request.Action, "ask");
        var code = CardValues.Text(turn.Request.Action, "answer");
        var key = CardValues.Text(turn.Request.Action, "rk");
        var note = CardValues.Text(turn.Request.Action, "note")?.Trim();
        if (askId is not { Length: > 0 and <= 200 } || code is null || !ReportAnswers.All.Contains(code)) return TurnResult.Of(EngineTexts.UnknownAction(lang));
        if (note?.Length > CadenceCards.MaxNote) return TurnResult.Of(CadenceTexts.NoteTooLong(lang, CadenceCards.MaxNote));
        var cadences = turn.Store.Get<IReportCadences>();
        if (cadences.Ask(askId) is not { } seen || turn.Store.Items.Get(seen.AssignmentId) is not { } item) return TurnResult.Of(CadenceTexts.AskGone(lang));
        if (!ItemAccess.CanReport(turn.Member, item)) return TurnResult.Of(CadenceTexts.NotYours(lang, item.Number));

        var result = new TurnResult();
        var answer = turn.Store.Write(s =>
        {
            // Read again inside the write: two owners pressing at once give one answer; the second is told who gave it.
            var repo = s.Get<IReportCadences>();
            var ask = repo.Ask(askId)!;
            if (ask.AnsweredAt is not null)
                return CadenceTexts.AlreadyAnswered(lang, item.Number, s.Roster.Member(ask.AnsweredBy ?? "")?.Name ?? ask.AnsweredBy ?? "", ask.Answer ?? "");
            var a = s.Items.Get(item.Id);
            if (a is null || !a.IsOpen || a.Status == AssignmentStatus.CheckOffRequested) return CadenceTexts.ItemClosed(lang, item.Number);
            var text = CadenceTexts.Answer(lang, code) + (string.IsNullOrEmpty(note) ? "" : lang.Pick("：", ": ") + note);
            s.Items.AddReport(new ProgressReport { Id = "ask|" + ask.Id, AssignmentId = a.Id, Text = text, ReportedBy = turn.Member.Id, ReportedAt = turn.Clock.UtcNow });
            ask.Answer = code;
            ask.Note = string.IsNullOrEmpty(note) ? null : note;
            ask.AnsweredBy = turn.Member.Id;
            ask.AnsweredAt = turn.Clock.UtcNow;
            repo.PutAsk(ask);
            turn.Audit(ItemLifecycle.EntityType, a.Id, AuditAnswer, ask.Id, code);
            if (a.Status is AssignmentStatus.Dispatched or AssignmentStatus.SignedFor)
                ItemLifecycle.Move(turn, a, AssignmentStatus.InProgress, AuditActions.ProgressReport);
            var line = CadenceTexts.AnsweredBy(lang, code, turn.Member.Name, ItemTexts.Time(lang, turn.Clock.LocalNow), ask.Note);
            var card = CadenceCards.Answered(lang, a.Number, a.Task, line);
            if (turn.Request.ExpectsCardResponse) result.CardResponse = card;
            else if (key is { Length: > 0 and <= 300 })
                result.Notify(s, [new ProactiveMessage($"answer:{ask.Id}", turn.Member.Id, null, new Reply(null, card), ReminderCards.UpdateKey(key, turn.Member.Id))]);
            return null;
        });
        return answer is not null ? TurnResult.Of(answer) : result.Say(CadenceTexts.Recorded(lang, item.Number, code));
    }
}
