using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Bot.Tests.Features.Intake;
using ChatBot.Bot.Tests.Features.OpenItems;
using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Items;

/// <summary>
/// Every status move goes through <see cref="ItemLifecycle"/>: no source file sets an item's status
/// itself, and an item's life through the real features (dispatch, 签收, progress, 销号 sent back and
/// approved) leaves one audit row per move whose from → to chain has no gap.
/// </summary>
public class ItemLifecycleTests
{
    [Fact]
    public void No_code_outside_the_lifecycle_sets_an_item_status()
    {
        var dialogs = Path.Combine(IntakeFixtures.RepoRoot, "Dialogs");
        var lifecycle = Path.Combine(dialogs, "Items", "ItemLifecycle.cs");
        // "x.Status = …" (any assignment but a meeting's, the outbox's or a bulletin draft's) and "Status = AssignmentStatus.…" in an initializer.
        var setter = new Regex(@"[\w)\]]\.Status\s*=(?!=)(?>\s*)(?!MeetingStatus\.|OutboxStatus\.|BulletinStatus\.)|\bStatus\s*=\s*AssignmentStatus\.");
        var offenders = Directory.EnumerateFiles(dialogs, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && f != lifecycle)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => setter.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(dialogs, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Status set outside ItemLifecycle:\n" + string.Join("\n", offenders));
        // The scan does see the one place that does it.
        Assert.Contains(File.ReadLines(lifecycle), setter.IsMatch);
    }

    [Fact]
    public async Task A_whole_life_leaves_one_history_row_per_move_and_the_rows_chain()
    {
        using var w = new ItemsWorld();
        RelayWorld.Meeting(w.Store, units: ["szgc"]);
        var clock = new BureauClock(w.Clock, BureauClock.ResolveZone("Asia/Shanghai"));
        var office = w.Store.Roster.Member("office1");
        var dispatcher = new TurnContext(new TurnRequest { ConversationId = "a:29:office1", Speaker = new Speaker("29:office1", null, null, "office1") },
            office, w.Store, clock);
        w.Store.Write(_ => ItemLifecycle.Open(dispatcher, new Assignment
        {
            Id = "mt1-a1", Number = 1, DirectiveId = "mt1-d1", MeetingId = "mt1", UnitId = "szgc", Task = "背街小巷环境整治", CreatedAt = ItemsWorld.Now, UpdatedAt = ItemsWorld.Now,
        }));

        await w.Press("head", new JsonObject { ["verb"] = RelayCapability.SignFor.Name, ["meetingId"] = "mt1", ["unitId"] = "szgc" });
        await w.Say("head", Intent.Of(ProgressCapability.Report, ("item", "1"), ("text", "已完成摸排"), ("percent", "40")));
        await w.Press("head", new JsonObject { ["verb"] = CheckOffRequestCapability.Request.Name, ["item"] = 1, ["form"] = true, ["note"] = "整治完毕" });
        await w.Press("office1", new JsonObject { ["verb"] = CheckOffDecisionCapability.Return.Name, ["item"] = 1, ["form"] = true, ["reason"] = "缺少照片" });
        await w.Press("head", new JsonObject { ["verb"] = CheckOffRequestCapability.Request.Name, ["item"] = 1, ["form"] = true, ["note"] = "补充了照片" });
        await w.Press("office1", new JsonObject { ["verb"] = CheckOffDecisionCapability.Approve.Name, ["item"] = 1 });

        var moves = w.Store.Audit.For("mt1-a1").Where(e => e.Action != AuditActions.Percent).ToList();
        Assert.Equal(
            [AuditActions.Dispatch, AuditActions.SignFor, AuditActions.ProgressReport, AuditActions.CheckOffRequest,
             AuditActions.CheckOffReturn, AuditActions.CheckOffRequest, AuditActions.CheckOffApprove],
            moves.Select(e => e.Action));
        Assert.Null(moves[0].From);
        for (var i = 1; i < moves.Count; i++) Assert.Equal(moves[i - 1].To, moves[i].From);
        var item = w.Item(1);
        Assert.Equal(AssignmentStatus.Closed, item.Status);
        Assert.Equal(item.Status.ToString(), moves[^1].To);
        Assert.Equal("head", item.SignedBy);
        Assert.Equal(40, item.Percent);
        Assert.All(moves.Skip(1), e => Assert.NotNull(e.ActivityId));
    }

    [Fact]
    public void Signing_an_item_already_under_way_stamps_it_and_keeps_its_status()
    {
        using var w = new ItemsWorld();
        var a = w.Add(2, "szgc", "道路修补", null, AssignmentStatus.InProgress);
        var clock = new BureauClock(w.Clock, BureauClock.ResolveZone("Asia/Shanghai"));
        var turn = new TurnContext(new TurnRequest { ConversationId = "a:29:head", Speaker = new Speaker("29:head", null, null, "head") },
            w.Store.Roster.Member("head"), w.Store, clock);

        Assert.True(w.Store.Write(_ => ItemLifecycle.SignFor(turn, a)));
        Assert.False(w.Store.Write(_ => ItemLifecycle.SignFor(turn, a)));

        Assert.Equal(AssignmentStatus.InProgress, w.Item(2).Status);
        var row = Assert.Single(w.Store.Audit.For(a.Id));
        Assert.Equal((AuditActions.SignFor, "InProgress", "InProgress"), (row.Action, row.From, row.To));
    }

    [Fact]
    public void A_move_the_lifecycle_does_not_know_is_refused_and_nothing_is_written()
    {
        using var w = new ItemsWorld();
        var a = w.Add(3, "szgc", "绿化补植", null, AssignmentStatus.Closed);
        var clock = new BureauClock(w.Clock, BureauClock.ResolveZone("Asia/Shanghai"));
        var turn = new TurnContext(new TurnRequest { ConversationId = "c", Speaker = new Speaker("29:office1", null, null, "office1") },
            w.Store.Roster.Member("office1"), w.Store, clock);
        var before = w.Snapshot();

        Assert.Throws<InvalidOperationException>(() => w.Store.Write(_ => ItemLifecycle.Move(turn, a, AssignmentStatus.InProgress, AuditActions.ProgressReport)));

        Assert.Equal(before, w.Snapshot());
    }
}
