using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.DispatchSheet;

/// <summary>
/// 督办〔2026〕N号: every dispatched meeting gets the next number of its year (the bureau's year on the
/// day it was dispatched) from a counter in the store, in the transaction that dispatches it, so a
/// number is never given twice or reused, even when a dispatch is rolled back (the counter rolls back
/// with it). Meetings dispatched before numbering existed get theirs when first printed, audited.
/// </summary>
public static class DispatchNumbers
{
    private static string Sequence(int year) => $"dispatch-{year}";

    /// <summary>Gives <paramref name="meeting"/> its number; call inside the store write that dispatches it (it joins that transaction).</summary>
    public static void Assign(IStoreSession s, Meeting meeting, BureauClock clock)
    {
        if (meeting.DispatchNumber is not null) return;
        var year = clock.ToLocal(meeting.DispatchedAt ?? clock.UtcNow).Year;
        meeting.DispatchYear = year;
        meeting.DispatchNumber = s.Sequences.Next(Sequence(year));
    }

    /// <summary>The meeting's number, given now (and audited) when it has none yet.</summary>
    public static Meeting Ensure(TurnContext turn, Meeting meeting) => meeting.DispatchNumber is not null ? meeting : turn.Store.Write(s =>
    {
        var fresh = s.Meetings.Get(meeting.Id) ?? meeting;
        if (fresh.DispatchNumber is not null) return fresh;
        Assign(s, fresh, turn.Clock);
        s.Meetings.Update(fresh);
        turn.Audit("meeting", fresh.Id, "dispatchNumber", null, Text(fresh));
        return fresh;
    });

    public static string Text(Meeting meeting) =>
        meeting.DispatchNumber is { } n ? $"督办〔{meeting.DispatchYear}〕{n}号" : "";
}
