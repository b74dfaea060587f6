using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>
/// Builds dispatched meetings and assignments straight into the store (as intake would), on the sample
/// roster: 市政工程处 (szgc: head m047, deputy m048, liaison m049, staff m050), 局人事科 (rsk), office m007.
/// </summary>
public static class RelayWorld
{
    public static readonly DateOnly Today = new(2026, 11, 27);
    public static readonly DateOnly MeetingDay = new(2026, 11, 25);
    public static readonly string[] BothForms = [RelayForms.LeadershipTeam, RelayForms.AllStaff];

    public static Meeting Meeting(IStore store, string id = "mt1", string title = "全市城管系统工作推进会", MeetingStatus status = MeetingStatus.Dispatched,
        string[]? units = null, string[]? forms = null, DateOnly? due = null, string? channel = RelayFixture.Channel, int dispatchedMinutesAgo = 60)
    {
        var meeting = new Meeting
        {
            Id = id,
            Title = title,
            Date = MeetingDay,
            Status = status,
            CreatedBy = "m007",
            CreatedAt = DateTimeOffset.Parse("2026-11-26T01:00:00Z"),
            DispatchedAt = DateTimeOffset.Parse("2026-11-27T02:00:00Z").AddMinutes(-dispatchedMinutesAgo),
            ChannelConversationId = channel,
            Relay =
            [
                new RelayRequirement
                {
                    UnitIds = (units ?? ["szgc", "rsk", "hwc"]).ToList(),
                    Forms = (forms ?? BothForms).ToList(),
                    DeadlineText = "迅速",
                    Due = due ?? new DateOnly(2026, 12, 2),
                    Source = "局属各单位要迅速召开班子会议、干部职工大会，对今天的会议迅速传达贯彻落实",
                },
            ],
        };
        store.Write(s => s.Lite().Meetings.Upsert(meeting));
        return meeting;
    }

    public static Assignment Assign(IStore store, string meetingId, string unitId, int number, string task, DateOnly? due = null, AssignmentRole role = AssignmentRole.Lead)
    {
        var a = new Assignment
        {
            Id = $"{meetingId}-a{number}", Number = number, DirectiveId = $"{meetingId}-d{number}", MeetingId = meetingId, UnitId = unitId,
            Role = role, Task = task, Due = due, DeadlineText = due is null ? "X月底前" : null, Status = AssignmentStatus.Dispatched,
        };
        store.Write(s => s.Items.Add(a));
        return a;
    }

    /// <summary>A unit with a head (for the thirty-units test), or a member acting for several units.</summary>
    public static (Unit Unit, Member Head) UnitWithHead(IStore store, int n)
    {
        var unit = new Unit { Id = $"x{n:00}", Name = $"测试{n:00}中队", Kind = "中队" };
        var head = new Member
        {
            Id = $"xh{n:00}", Name = $"队长{n:00}", AadObjectId = Guid.NewGuid().ToString(), Email = $"xh{n:00}@cgj.example.gov.cn",
            Memberships = [new Membership { UnitId = unit.Id, Role = UnitRole.Head }], UnitIds = [unit.Id],
        };
        store.Write(s => { s.Roster.UpsertUnit(unit); s.Roster.UpsertMember(head); });
        return (unit, head);
    }

    public static Member Liaison(IStore store, string id, params string[] unitIds)
    {
        var m = new Member
        {
            Id = id, Name = "多单位联络员", AadObjectId = Guid.NewGuid().ToString(), Email = $"{id}@cgj.example.gov.cn",
            Memberships = unitIds.Select(u => new Membership { UnitId = u, Role = UnitRole.Liaison }).ToList(), UnitIds = unitIds.ToList(),
        };
        store.Write(s => s.Roster.UpsertMember(m));
        return m;
    }

    public static JsonObject Data(string meetingId, string unitId) => RelayVerbs.Data(meetingId, unitId);

    public static JsonObject Form(string meetingId, string unitId, string date, string forms, JsonNode? attendees, string notes = "") => new()
    {
        ["meetingId"] = meetingId, ["unitId"] = unitId, ["date"] = date, ["forms"] = forms, ["attendees"] = attendees, ["notes"] = notes,
    };
}
