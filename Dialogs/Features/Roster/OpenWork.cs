using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster;

/// <summary>
/// Open items (assignments not yet closed) that tie a unit or a member to the roster: neither may be
/// removed while someone still owes work through them, or the items would lose their owner.
/// </summary>
public static class OpenWork
{
    public static List<Assignment> ForUnit(IStoreSession store, string unitId) => store.Items.OpenOfUnit(unitId).ToList();

    public static List<Assignment> ForMember(IStoreSession store, string memberId) =>
        store.Items.OfAssignee(memberId).Where(a => a.Status != AssignmentStatus.Closed).ToList();

    /// <summary>"第3条 清理占道经营；第7条 …" / "Item 3 清理占道经营; Item 7 …", shortened so a refusal stays readable.</summary>
    public static string Describe(IEnumerable<Assignment> items, Lang lang, int max = 10)
    {
        var list = items.ToList();
        var shown = list.Take(max).Select(a => $"{ItemTexts.Item(lang, a.Number)} {Short(a.Task)}");
        return string.Join(Chat.RosterTexts.ItemSeparator(lang), shown) + (list.Count > max ? Chat.RosterTexts.ItemsInAll(lang, list.Count) : "");
    }

    private static string Short(string task) => task.Length <= 24 ? task : task[..24] + "…";
}
