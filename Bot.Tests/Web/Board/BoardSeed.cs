using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Web.Board;

/// <summary>
/// Two dispatched meetings on the sample roster, with today 2026-11-27 (the fixture's clock, warning 3 days):
/// #1 #2 red, #3 yellow (蔡敏's own), #4 #7 green, #5 grey, #6 closed; relay: 市政工程处 relayed,
/// 市环卫处 signed, 市园林处 not signed.
/// </summary>
public static class BoardSeed
{
    public const string Works = "szgc", Sanitation = "hwc", Parks = "ylc";

    public static void Write(IStore store)
    {
        var at = BotFixture.Now;
        store.Write(s =>
        {
            s.Meetings.Add(new Meeting
            {
                Id = "mt1", Title = "十一月城市管理工作推进会", Date = new DateOnly(2026, 11, 20), Status = MeetingStatus.Dispatched,
                CreatedAt = at.AddDays(-7), DispatchedAt = at.AddDays(-6), DispatchNumber = 12, DispatchYear = 2026,
                Relay = [new RelayRequirement { UnitIds = [Works, Sanitation, Parks], Forms = ["班子会议"], Due = new DateOnly(2026, 11, 30), Source = "会后三个工作日内传达" }],
            });
            s.Meetings.Add(new Meeting
            {
                Id = "mt2", Title = "冬季保障工作会", Date = new DateOnly(2026, 11, 25), Status = MeetingStatus.Dispatched,
                CreatedAt = at.AddDays(-2), DispatchedAt = at.AddDays(-2),
            });
            Item(s, "a1", 1, "d1", "mt1", Works, AssignmentRole.Lead, "完成凤凰山隧道二期主体结构施工，确保年底前具备通车条件，同步做好沿线交通组织和安全文明施工管理", new DateOnly(2026, 11, 25), AssignmentStatus.InProgress);
            Item(s, "a2", 2, "d1", "mt1", Sanitation, AssignmentRole.Assisting, "完成凤凰山隧道二期主体结构施工，确保年底前具备通车条件，同步做好沿线交通组织和安全文明施工管理", new DateOnly(2026, 11, 25), AssignmentStatus.SignedFor);
            Item(s, "a3", 3, "d2", "mt1", Sanitation, AssignmentRole.Lead, "开展冬季道路保洁专项整治", new DateOnly(2026, 11, 29), AssignmentStatus.Dispatched, assignee: "m040");
            Item(s, "a4", 4, "d3", "mt1", Parks, AssignmentRole.Lead, "推进公园绿地提质改造", new DateOnly(2026, 12, 20), AssignmentStatus.InProgress);
            Item(s, "a5", 5, "d4", "mt1", Works, AssignmentRole.Lead, "全面排查市政桥梁安全隐患", null, AssignmentStatus.SignedFor, deadlineText: "近期");
            Item(s, "a6", 6, "d5", "mt1", Works, AssignmentRole.Lead, "修复人民路破损路面", new DateOnly(2026, 11, 10), AssignmentStatus.Closed);
            Item(s, "a7", 7, "d6", "mt2", Works, AssignmentRole.Lead, "制定冬季除雪保障预案", new DateOnly(2026, 12, 5), AssignmentStatus.CheckOffRequested);
            s.Meetings.AddReceipt(new UnitReceipt { Id = UnitReceipt.KeyFor("mt1", Works), MeetingId = "mt1", UnitId = Works, SignedBy = "m047", SignedAt = at.AddDays(-5) });
            s.Meetings.AddReceipt(new UnitReceipt { Id = UnitReceipt.KeyFor("mt1", Sanitation), MeetingId = "mt1", UnitId = Sanitation, SignedBy = "m037", SignedAt = at.AddDays(-5) });
            s.Meetings.AddConfirmation(new RelayConfirmation
            {
                Id = RelayConfirmation.KeyFor("mt1", Works, "班子会议"), MeetingId = "mt1", UnitId = Works, Form = "班子会议",
                HeldOn = new DateOnly(2026, 11, 24), Attendees = 9, ConfirmedBy = "m049", ConfirmedAt = at.AddDays(-3),
            });
        });
    }

    private static void Item(IStoreSession s, string id, int number, string directive, string meeting, string unit, AssignmentRole role, string task,
        DateOnly? due, AssignmentStatus status, string? assignee = null, string? deadlineText = null) =>
        s.Items.Add(new Assignment
        {
            Id = id, Number = number, DirectiveId = directive, MeetingId = meeting, UnitId = unit, Role = role, Task = task,
            Due = due, DeadlineText = deadlineText ?? due?.ToString("M月d日"), Status = status,
            AssigneeMemberIds = assignee is null ? [] : [assignee], CreatedAt = BotFixture.Now.AddDays(-6), UpdatedAt = BotFixture.Now.AddDays(-6),
        });
}
