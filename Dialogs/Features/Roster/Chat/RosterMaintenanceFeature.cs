using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Roster.Matching;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>
/// The office keeps the roster current in chat: members, roles, units, aliases, names, and linking
/// people the bot could not match. Every change is one store write with its audit entry, answered
/// with the changed record; anyone else is told who may do it and nothing changes.
/// </summary>
public sealed class RosterMaintenanceFeature : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        if (!turn.Member.IsOffice) return Task.FromResult(TurnResult.Of(RosterTexts.OfficeOnly(turn.Lang)));
        if (intent.Name == RosterMaintenanceCapability.Unmatched) return Task.FromResult(Unmatched(turn));
        var slots = new RosterSlots(turn, intent);
        var result = slots["action"] switch
        {
            "addMember" => MemberEdits.Add(turn, slots),
            "removeMember" => MemberEdits.Remove(turn, slots),
            "setRole" => MemberEdits.SetRole(turn, slots),
            "addUnit" => UnitEdits.Add(turn, slots),
            "addAlias" => UnitEdits.AddAlias(turn, slots),
            "renameUnit" => UnitEdits.Rename(turn, slots),
            "removeUnit" => UnitEdits.Remove(turn, slots),
            "bind" => BindEdit.Bind(turn, slots),
            _ => TurnResult.Of(RosterTexts.UnknownAction(turn.Lang)),
        };
        return Task.FromResult(result);
    }

    private static TurnResult Unmatched(TurnContext turn)
    {
        var users = UnmatchedUsers.All(turn.Store);
        return users.Count == 0
            ? TurnResult.Of(RosterTexts.NoUnmatched(turn.Lang))
            : new TurnResult().Show(RosterCards.Unmatched(turn.Store, users, turn.Lang, turn.Clock));
    }
}
