using System.Globalization;
using System.Text;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Cascade;

/// <summary>
/// 转派 (一级管一级): the head, deputy or liaison of an item's unit passes it, or part of it, to sub-units or
/// named people with their own deadline (not later than the item's). Each becomes an item of its own, told
/// to its people; its progress rolls up to the item, and its 销号 is reviewed by the unit that passed it
/// (CheckOff). 分解情况 shows the tree. Passing twice to the same open target, or two heads at once, passes once.
/// </summary>
public sealed class CascadeFeature : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) =>
        Task.FromResult(intent.Name == CascadeCapability.Breakdown ? Breakdown(turn, intent) : PassDown(turn, intent));

    private static TurnResult PassDown(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        var unitName = turn.Store.Roster.Unit(item.UnitId)?.Name ?? item.UnitId;
        if (!ItemAccess.CanActForUnit(turn.Member, item)) return TurnResult.Of(CascadeTexts.NotResponsible(lang, item.Number, unitName));
        if (Refusal(lang, item) is { } refused) return TurnResult.Of(refused);
        var all = CascadeTarget.All(turn.Store, item.UnitId).Where(t => t.Person?.Id != turn.Member.Id).ToList();
        if (all.Count == 0) return TurnResult.Of(CascadeTexts.NoOneBelow(lang, unitName));

        var said = CascadeRules.SplitNames(turn.Arg(intent, CascadeCards.TargetsKey));
        if (said.Count == 0)
            return turn.IsFormSubmit()
                ? new TurnResult().Say(CascadeTexts.NeedTargets(lang)).Show(CascadeCards.Form(lang, item, all))
                : new TurnResult().Show(CascadeCards.Form(lang, item, all));
        var targets = new List<CascadeTarget>();
        foreach (var name in said)
        {
            if (CascadeTarget.Find(all, name) is not { } t)
                return TurnResult.Of(CascadeTexts.UnknownTarget(lang, name.StartsWith("unit:") || name.StartsWith("member:") ? "?" : name, unitName,
                    string.Join("、", all.Take(20).Select(x => x.Name))));
            if (targets.All(x => x.Key != t.Key)) targets.Add(t);
        }

        DateOnly? due = item.Due;
        if (turn.Arg(intent, "date") is { Length: > 0 } dateText)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked)) return TurnResult.Of(CascadeTexts.BadDate(lang));
            due = asked;
        }
        if (due is { } d0 && d0 < turn.Clock.Today) return TurnResult.Of(CascadeTexts.PastDate(lang, d0));
        if (due is { } d1 && item.Due is { } limit && d1 > limit) return TurnResult.Of(CascadeTexts.AfterParent(lang, item.Number, d1, limit));
        var task = turn.Arg(intent, "task") is { Length: > 0 } part ? (part.Length > 500 ? part[..500] : part) : item.Task;

        var (current, result) = turn.Store.Write(s =>
        {
            var parent = s.Items.Get(item.Id)!;
            if (Refusal(lang, parent) is not null) return (parent, (TurnResult?)null);
            var open = s.Get<IItemTree>().Children(parent.Id).Where(c => c.IsOpen).ToList();
            foreach (var t in targets)
                if (open.FirstOrDefault(c => Same(c, t)) is { } twice)
                    return (parent, TurnResult.Of(CascadeTexts.AlreadyPassed(lang, parent.Number, t.Name, twice.Number)));
            var made = new List<(string, int)>();
            var notices = new List<ProactiveMessage>();
            foreach (var t in targets)
            {
                var child = new Assignment
                {
                    Id = Guid.NewGuid().ToString("N"), Number = s.NextNumber("assignment"), DirectiveId = parent.DirectiveId, MeetingId = parent.MeetingId,
                    UnitId = t.SubUnit?.Id ?? parent.UnitId, Role = parent.Role, Task = task, Due = due,
                    AssigneeMemberIds = t.Person is { } p ? [p.Id] : [], CreatedAt = turn.Clock.UtcNow, UpdatedAt = turn.Clock.UtcNow,
                };
                ItemLifecycle.PassDown(turn, parent, child);
                made.Add((t.Name, child.Number));
                foreach (var id in CascadeTarget.Recipients(s, child).Where(id => id != turn.Member.Id))
                    notices.Add(ProactiveMessage.ToMember($"cascade:{child.Id}:{id}", id,
                        new Reply(CascadeTexts.ToldPassed(turn.LangOf(id), child.Number, child.Task, unitName, due, parent.Number), null)));
            }
            return (parent, TurnResult.Of(CascadeTexts.Passed(lang, parent.Number, made, due)).Notify(s, notices));
        });
        return result ?? TurnResult.Of(Refusal(lang, current)!);
    }

    private static bool Same(Assignment child, CascadeTarget t) => t.Person is { } p
        ? child.AssigneeMemberIds.Contains(p.Id)
        : child.UnitId == t.SubUnit!.Id && child.AssigneeMemberIds.Count == 0;

    private static string? Refusal(Lang lang, Assignment a)
    {
        if (!a.IsOpen) return CascadeTexts.Closed(lang, a.Number);
        return a.Status == AssignmentStatus.CheckOffRequested ? CascadeTexts.CheckOffPending(lang, a.Number) : null;
    }

    /// <summary>分解情况: the item and what was passed down from it, level by level.</summary>
    private static TurnResult Breakdown(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        var tree = turn.Store.Get<IItemTree>();
        if (tree.Children(item.Id).Count == 0) return TurnResult.Of(CascadeTexts.NoChildren(lang, item.Number));
        var text = new StringBuilder(CascadeTexts.TreeTitle(lang, item, turn.Store.Roster.Unit(item.UnitId)?.Name ?? item.UnitId));
        Rows(turn.Store, tree, item, 0, text, lang);
        return TurnResult.Of(text.ToString());
    }

    private static void Rows(IStoreSession store, IItemTree tree, Assignment parent, int depth, StringBuilder text, Lang lang)
    {
        if (depth > 5) return;
        foreach (var child in tree.Children(parent.Id))
        {
            text.Append("\n\n").Append(new string(' ', depth * 2)).Append("- ").Append(CascadeTexts.Row(lang, child, CascadeTarget.NameOf(store, child)));
            Rows(store, tree, child, depth + 1, text, lang);
        }
    }
}
