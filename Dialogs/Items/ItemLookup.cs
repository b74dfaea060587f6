using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Items;

/// <summary>Finds the item a turn is about by its number, for someone allowed to see it.</summary>
public static class ItemLookup
{
    /// <summary>The item, or null with the answer to give: missing number, or not found / not visible (told the same, so numbers don't leak).</summary>
    public static Assignment? Find(TurnContext turn, Intent intent, out string? answer)
    {
        answer = null;
        var said = turn.ItemNumber(intent);
        if (said.Value is not { } number)
        {
            answer = said.IsInvalid ? EngineTexts.UnknownAction(turn.Lang) : ItemTexts.WhichItem(turn.Lang);
            return null;
        }
        var item = ByNumber(turn, number);
        if (item is null) answer = ItemTexts.NotFound(turn.Lang, number);
        return item;
    }

    public static Assignment? ByNumber(TurnContext turn, int number)
    {
        var item = turn.Store.Items.ByNumber(number);
        return item is not null && ItemAccess.CanSee(turn.Member, item) ? item : null;
    }
}
