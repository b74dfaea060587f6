using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// 传达情况 / relay status in chat: office and leaders see every unit (leaders with their portfolio
/// marked), a unit's head, deputy or liaison sees their own unit, others are told they have no relay duties.
/// </summary>
internal static class RelayStatus
{
    public static TurnResult Handle(RelayDesk desk, Intent intent)
    {
        var member = desk.Turn.Member;
        var seesAll = member.IsOffice || member.IsLeader;
        if (!seesAll && !member.ResponsibleUnitIds().Any()) return TurnResult.Of(RelayTexts.NoRelayDuties(desk.Lang));

        var named = desk.ActionValue("meetingId");
        var meeting = desk.Open(desk.Meetings.Find(named, intent.Slot("meeting"), m => seesAll || desk.Duty.OwnUnits(member, m).Count > 0),
            out var problem, named: named is not null || intent.Slot("meeting") is not null);
        if (meeting is null) return TurnResult.Of(problem!);

        var states = desk.Board.States(meeting, desk.Today);
        if (!seesAll)
        {
            var mine = member.ResponsibleUnitIds().ToHashSet();
            states = states.Where(s => mine.Contains(s.Unit.Id)).ToList();
            if (states.Count == 0) return TurnResult.Of(RelayTexts.NoRelayDuties(desk.Lang));
        }
        else if (intent.Slot("unit") is { } unitName && desk.Duty.Resolve(unitName) is { } unit)
        {
            states = states.Where(s => s.Unit.Id == unit.Id).ToList();
        }
        IReadOnlySet<string>? highlight = member.IsLeader ? member.Portfolio.ToHashSet() : null;
        var card = RelayStatusCard.Build(meeting, states, desk.Lang, RelayTexts.Time(desk.Lang, desk.Turn.Clock.LocalNow), highlight);
        return new TurnResult().Show(card);
    }
}
