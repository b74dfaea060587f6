using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>
/// A slot from the understood text, or from a card action's data (cards route by verb only, so their
/// fields arrive in the action). A card may name an input whose value is the member ("input": "bind_0").
/// </summary>
internal sealed class RosterSlots(TurnContext turn, Intent intent)
{
    public string? this[string key]
    {
        get
        {
            var value = intent.Slot(key) ?? Action(key);
            if (value is null && key == "member" && Action("input") is { } input) value = Action(input);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
    }

    private string? Action(string key) => CardValues.Text(turn.Request.Action, key);
}
