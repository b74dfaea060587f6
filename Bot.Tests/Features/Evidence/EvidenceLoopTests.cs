using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using static ChatBot.Bot.Tests.Infrastructure.Activities;

namespace ChatBot.Bot.Tests.Features.Evidence;

/// <summary>
/// 佐证材料 over HTTP on the real bot: files sent in the 1:1 chat with 第3条佐证材料 join the item's record (a
/// progress report, or the pending 销号 request), are listed with link, name and type, and with
/// Workflow:RequireEvidence the office's 同意销号 is refused until there is some.
/// </summary>
public sealed class EvidenceLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private Unit _unit = null!;
    private Member _head = null!, _other = null!;
    private List<Member> _office = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync(new Dictionary<string, string?> { ["Workflow:RequireEvidence"] = "true" });
        _unit = _f.Unit("市政工程处");
        _head = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Head));
        _other = _f.Member(m => m.HasRole(_f.Unit("市环卫处").Id, UnitRole.Head));
        _office = _f.Store.Roster.Members().Where(m => m.IsOffice).ToList();
        _f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a3", Number = 3, DirectiveId = "d3", MeetingId = "mt1", UnitId = _unit.Id, Task = "凤凰山隧道二三期工程抢抓进度",
            Due = new DateOnly(2026, 12, 10), Status = AssignmentStatus.InProgress,
        }));
        var everyone = _office.Append(_head).Append(_other).ToList();
        foreach (var m in everyone) await _f.SayAsync(m, "帮助");
        await _f.Connector.WaitForActivitiesAsync(everyone.Count);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private async Task<string> SendFilesAsync(Member m, string text, params (string, string)[] files)
    {
        var before = _f.SentTo(m).Count;
        await _f.SendFilesAsync(m, text, files);
        return TextOf((await _f.WaitForNewAsync(m, before))[0]);
    }

    [Fact]
    public async Task Evidence_is_attached_listed_and_required_for_check_off()
    {
        Assert.Contains("第3条还没有佐证材料", TextOf(await _f.AskAsync(_head, "第3条佐证材料")));
        Assert.StartsWith("已将1个文件作为佐证材料附在第3条的进展报告上", await SendFilesAsync(_head, "第3条佐证材料", ("现场照片.jpg", "jpg")));
        Assert.Equal(AssignmentStatus.InProgress, _f.Store.Items.Get("a3")!.Status);

        // The unit asks for 销号 (no files); files sent now join that request.
        Assert.StartsWith("已提交第3条的销号申请", TextOf(await _f.AskAsync(_head, "第3条申请销号，已完工")));
        Assert.StartsWith("已将1个文件作为佐证材料附在第3条的销号申请上", await SendFilesAsync(_head, "第3条 佐证", ("验收报告.pdf", "pdf")));
        Assert.Equal("验收报告.pdf", Assert.Single(CheckOffRecords.Pending(_f.Store, "a3")!.Evidence).Name);

        var list = TextOf(await _f.AskAsync(_office[0], "第3条佐证材料"));
        Assert.Contains("第3条佐证材料（2个）", list);
        Assert.Contains("[现场照片.jpg](https://files.example/", list);
        Assert.Contains("image/jpeg", list);
        Assert.Contains("application/pdf · 大小未知 · 吕建华", list);
        Assert.Contains("销号申请", list);
        Assert.Contains("Evidence for item 3 (2)", TextOf(await _f.AskAsync(_office[0], "evidence for item 3", "en-US")));

        Assert.Equal("已同意第3条销号，事项已办结。", TextOf(await _f.AskAsync(_office[0], "同意第3条销号")));
        Assert.Contains(_f.Store.Audit.For("a3"), e => e.Action == AuditActions.Evidence && e.To == "现场照片.jpg");
    }

    [Fact]
    public async Task Without_evidence_the_office_cannot_approve_and_bad_files_change_nothing()
    {
        Assert.StartsWith("已提交第3条的销号申请", TextOf(await _f.AskAsync(_head, "第3条申请销号，已完工")));
        Assert.Contains("第3条还没有佐证材料，按规定不能销号", TextOf(await _f.AskAsync(_office[0], "同意第3条销号")));
        // The card's button is refused the same way.
        var before = _f.SentTo(_office[1]).Count;
        await _f.PressAsync(_office[1], new JsonObject { ["verb"] = "checkOffApprove", ["item"] = 3 });
        Assert.Contains("按规定不能销号", TextOf((await _f.WaitForNewAsync(_office[1], before))[0]));
        Assert.Equal(AssignmentStatus.CheckOffRequested, _f.Store.Items.Get("a3")!.Status);

        Assert.StartsWith("没有可作为佐证材料的文件，未做任何更改。", await SendFilesAsync(_head, "第3条佐证材料", ("tool.exe", "exe")));
        Assert.Contains("没有找到您可以查看的第3条事项", await SendFilesAsync(_other, "第3条佐证材料", ("照片.png", "png")));
        Assert.Empty(CheckOffRecords.Pending(_f.Store, "a3")!.Evidence);
        Assert.Empty(_f.Store.Items.ReportsOf("a3"));

        // Sending back stays possible without evidence.
        Assert.StartsWith("已退回第3条", TextOf(await _f.AskAsync(_office[0], "退回第3条，理由：请补充验收照片")));
    }
}
