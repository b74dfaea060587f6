using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>签收: from the dispatch card (meetingId, unitId) or typed ("签收"), for the member's own unit(s).</summary>
internal static class SignFor
{
    public static TurnResult Handle(RelayDesk desk, Intent intent)
    {
        var fromCard = desk.ActionValue("meetingId");
        var meeting = desk.Open(desk.Meetings.Find(fromCard, intent.Slot("meeting"), m => desk.Duty.OwnUnits(desk.Turn.Member, m).Count > 0),
            out var problem, named: fromCard is not null || intent.Slot("meeting") is not null);
        if (meeting is null) return TurnResult.Of(problem!);

        var decision = desk.Duty.Decide(desk.Turn.Member, meeting, desk.ActionValue("unitId") ?? intent.Slot("unit"));
        // Typed 签收 by someone who answers for several units signs for all of them: there is nothing to choose.
        var units = decision is RelayDuty.MustChoose choose ? choose.Units : null;
        if (units is null)
        {
            if (desk.Refusal(decision, meeting, out var unit) is { } refusal) return TurnResult.Of(refusal);
            units = [unit!];
        }

        var result = new TurnResult();
        var lines = new List<string>();
        RelayLedger.Signed? last = null;
        foreach (var unit in units)
        {
            // The receipt and the channel's status card commit together.
            var signed = desk.Turn.Store.Write(_ =>
            {
                var receipt = desk.Ledger.Sign(meeting, unit);
                if (receipt.Board is { } board) desk.Broadcast(result, meeting, board);
                return receipt;
            });
            lines.Add(signed.IsNew
                ? RelayTexts.SignedNow(desk.Lang, unit.Name, signed.Items)
                : RelayTexts.SignedBefore(desk.Lang, signed.State.SignerName ?? signed.Receipt.SignedBy, RelayTexts.Time(desk.Lang, desk.Turn.Clock.ToLocal(signed.Receipt.SignedAt))));
            last = signed;
        }
        var answer = desk.Answer(desk.DispatchCard(meeting, last!.State), lines.ToArray());
        // All status messages share the meeting's update key; the last one carries the latest board.
        answer.Proactive.AddRange(result.Proactive.TakeLast(1));
        return answer;
    }
}
