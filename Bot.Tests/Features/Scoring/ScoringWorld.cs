using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Features.Scoring;

/// <summary>
/// November 2026 for two units, with today the 27th (BotFixture's clock). 市政工程处: four items due —
/// #101 checked off a day early, #102 three days late, #103 open and seven days overdue, #104 due on
/// Saturday the 28th — and its relay meeting not held. 市环卫处: #201 on time after one extension request,
/// its relay meeting held on time. Every figure comes from these rows and their audit entries.
/// </summary>
public static class ScoringWorld
{
    public const string Channel = "19:office-bulletin@thread.tacv2";
    public const string MeetingTitle = "十一月城市管理工作会议";

    /// <summary>10:00 in Beijing on that day of November 2026.</summary>
    public static DateTimeOffset Nov(int day) => new(2026, 11, day, 2, 0, 0, TimeSpan.Zero);

    public static void Seed(IStore store, string engineering, string sanitation, string officeId)
    {
        store.Write(s =>
        {
            s.Meetings.Add(new Meeting
            {
                Id = "mt-score", Title = MeetingTitle, Status = MeetingStatus.Dispatched, CreatedBy = officeId, CreatedAt = Nov(1), DispatchedAt = Nov(1),
                ChannelConversationId = Channel,
                Relay = [new RelayRequirement { UnitIds = [engineering, sanitation], Forms = ["班子会议"], Due = new DateOnly(2026, 11, 15) }],
            });
            Item(s, "s101", 101, engineering, 10, AssignmentStatus.Closed);
            Item(s, "s102", 102, engineering, 12, AssignmentStatus.Closed);
            Item(s, "s103", 103, engineering, 20, AssignmentStatus.InProgress);
            Item(s, "s104", 104, engineering, 28, AssignmentStatus.SignedFor);
            Item(s, "s201", 201, sanitation, 5, AssignmentStatus.Closed);
            Approve(s, "s101", 9, officeId);
            Approve(s, "s102", 15, officeId);
            Approve(s, "s201", 5, officeId);
            s.Audit.Append(ItemLifecycle.EntityType, "s201", AuditActions.ExtensionRequest, "2026-11-05", "2026-11-20", officeId, Nov(3), null);
            s.Meetings.AddConfirmation(new RelayConfirmation
            {
                Id = RelayConfirmation.KeyFor("mt-score", sanitation, "班子会议"), MeetingId = "mt-score", UnitId = sanitation, Form = "班子会议",
                HeldOn = new DateOnly(2026, 11, 14), Attendees = 12, ConfirmedBy = officeId, ConfirmedAt = Nov(14),
            });
        });
    }

    private static void Item(IStoreSession s, string id, int number, string unitId, int dueDay, AssignmentStatus status) => s.Items.Add(new Assignment
    {
        Id = id, Number = number, DirectiveId = "d" + id, MeetingId = "mt-score", UnitId = unitId, Task = $"第{number}项测试任务：推进道路整治",
        Due = new DateOnly(2026, 11, dueDay), Status = status, CreatedAt = Nov(1), UpdatedAt = Nov(1),
    });

    private static void Approve(IStoreSession s, string id, int day, string officeId) =>
        s.Audit.Append(ItemLifecycle.EntityType, id, AuditActions.CheckOffApprove, nameof(AssignmentStatus.CheckOffRequested), nameof(AssignmentStatus.Closed), officeId, Nov(day), null);
}
