using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Cascade;

/// <summary>
/// 逐级审核, as the check-off asks it: a passed-down item's 销号 is reviewed by the head, deputy or liaison of
/// the unit that passed it; an item's own 销号 request waits until everything passed down from it is closed.
/// </summary>
public static class CascadeReview
{
    public static IReadOnlyList<Assignment> OpenChildren(IStoreSession store, Assignment a) =>
        store.Get<IItemTree>().Children(a.Id).Where(c => c.IsOpen).ToList();

    public static IReadOnlyList<Member> Reviewers(IStoreSession store, Assignment a) =>
        a.ParentUnitId is not { } up ? [] :
        store.Roster.MembersOf(up).Where(m => m.HasRole(up, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison)).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

    public static string ChildrenOpen(Lang lang, int number, IReadOnlyList<Assignment> open) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}转派的下级事项尚未全部审核销号（{string.Join("、", open.Select(c => $"第{c.Number}条"))}），请先审核下级，再向办公室申请销号。",
        $"Item {number} has passed-down items not yet reviewed and closed ({string.Join(", ", open.Select(c => $"item {c.Number}"))}); review them before asking the office to check it off.");

    public static string Requested(Lang lang, int number, string unit) => lang.Pick(
        $"已申请{ItemTexts.Item(lang, number)}销号，等待{unit}负责人审核。",
        $"Check-off of item {number} requested; waiting for the head of {unit} to review it.");

    public static string HeadOnly(Lang lang, int number, string unit) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}是{unit}转派的事项，由{unit}的负责人、副职或联络员审核销号。",
        $"Item {number} was passed down by {unit}; its head, deputy or liaison reviews its check-off.");
}
