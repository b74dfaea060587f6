using System.Text;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Evidence;

/// <summary>
/// 佐证材料: files sent with 第3条佐证材料 in the 1:1 chat join the item's pending 销号 request, or else are
/// recorded as a progress report of their own (the status does not move); without files the item's evidence
/// is listed: link, name, type, size, who and when.
/// </summary>
public sealed class EvidenceFeature : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private static TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        if (intent.Name != EvidenceCapability.Attach || turn.Request.Files.Count == 0) return List(turn, item);
        if (!ItemAccess.CanReport(turn.Member, item) && !ItemAccess.CanRequestCheckOff(turn.Member, item))
            return TurnResult.Of(EvidenceTexts.NotResponsible(lang, item.Number));
        if (!item.IsOpen) return TurnResult.Of(EvidenceTexts.Closed(lang, item.Number));
        var sorted = EvidencePolicy.Sort(turn.Request.Files, lang);
        if (sorted.Kept.Count == 0) return TurnResult.Of(string.Join("\n\n", sorted.Rejected.Prepend(EvidenceTexts.NoneKept(lang))));

        return turn.Store.Write(s =>
        {
            var a = s.Items.Get(item.Id)!;
            if (!a.IsOpen) return TurnResult.Of(EvidenceTexts.Closed(lang, a.Number));
            var pending = a.Status == AssignmentStatus.CheckOffRequested ? CheckOffRecords.Pending(s, a.Id) : null;
            if (pending is not null)
            {
                pending.Evidence.AddRange(sorted.Kept);
                s.CheckOffs.Update(pending);
            }
            else
            {
                s.Items.AddReport(new ProgressReport
                {
                    Id = Guid.NewGuid().ToString("N"), AssignmentId = a.Id, Text = EvidenceTexts.ReportText(lang),
                    ReportedBy = turn.Member.Id, ReportedAt = turn.Clock.UtcNow, Evidence = sorted.Kept,
                });
            }
            ItemLifecycle.Note(turn, a, AuditActions.Evidence, null, string.Join("、", sorted.Kept.Select(f => f.Name)));
            return TurnResult.Of(string.Join("\n\n", sorted.Rejected.Prepend(EvidenceTexts.Attached(lang, a.Number, sorted.Kept.Count, pending is not null))));
        });
    }

    private static TurnResult List(TurnContext turn, Assignment item)
    {
        var lang = turn.Lang;
        var files = EvidenceList.Of(turn.Store, item);
        if (files.Count == 0)
            return turn.Request.ConversationType != "personal"
                ? TurnResult.Of(EvidenceTexts.None(lang, item.Number)).Say(EvidenceTexts.OnlyInPersonalChat(lang))
                : TurnResult.Of(EvidenceTexts.None(lang, item.Number));
        var text = new StringBuilder(EvidenceTexts.Title(lang, item.Number, files.Count));
        foreach (var e in files.TakeLast(40))
            text.Append('\n').Append(EvidenceTexts.Row(lang, e.File.Name.Replace("]", ")").Replace("[", "("), e.File.Url, e.File.ContentType, EvidenceTexts.Size(lang, e.File.Size),
                turn.Store.Roster.Member(e.By)?.Name ?? e.By, ItemTexts.Time(lang, turn.Clock.ToLocal(e.At)), e.OnCheckOff));
        var result = TurnResult.Of(text.ToString());
        if (turn.Request.ConversationType != "personal") result.Say(EvidenceTexts.OnlyInPersonalChat(lang));
        return result;
    }
}
