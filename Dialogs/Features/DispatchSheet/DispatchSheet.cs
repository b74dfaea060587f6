using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.DispatchSheet;

/// <summary>What a 督办单 / 催办单 shows of one item: the same content for the card and the .docx.</summary>
public sealed record DispatchSheet(
    string Number, bool Chase, string Meeting, int Item, string Task, string Owner, string Lead, string Assisting,
    DateOnly? Due, string? DeadlineText, AssignmentStatus Status, string Source, int? DaysOverdue)
{
    /// <summary>Reads the item's meeting, directive and units from the store (the meeting already numbered).</summary>
    public static DispatchSheet Of(IStoreSession store, Assignment a, Meeting meeting, bool chase, DateOnly today)
    {
        var directive = store.Items.Directive(a.DirectiveId);
        string Names(IEnumerable<string> ids) => string.Join("、", ids.Select(id => store.Roster.Unit(id)?.Name ?? id));
        var owners = store.Items.OfMeeting(a.MeetingId).Where(x => x.DirectiveId == a.DirectiveId).ToList();
        var lead = directive?.LeadUnitIds ?? owners.Where(x => x.Role == AssignmentRole.Lead).Select(x => x.UnitId).ToList();
        var assisting = directive?.AssistingUnitIds ?? owners.Where(x => x.Role == AssignmentRole.Assisting).Select(x => x.UnitId).ToList();
        int? overdue = a.IsOpen && a.Due is { } due && due < today ? today.DayNumber - due.DayNumber : null;
        return new DispatchSheet(DispatchNumbers.Text(meeting), chase, meeting.Title, a.Number, a.Task, Names([a.UnitId]), Names(lead), Names(assisting),
            a.Due, a.DeadlineText, a.Status, directive?.Source ?? "", overdue);
    }

    public string DeadlineShown(Conversation.Lang lang) =>
        Due is { } d ? ItemTexts.Date(lang, d) + (string.IsNullOrWhiteSpace(DeadlineText) ? "" : $"（{DeadlineText}）") : DeadlineText ?? "—";
}
