using ChatBot.Bot.Tests.Features.Snooze;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Features.Cadence;

/// <summary>报送要求 over HTTP on the real bot: the office sets it, the owners are asked on Friday, one answer counts.</summary>
public sealed class CadenceLoopTests : IAsyncLifetime
{
    private const string Ask = "请报送进展";
    private NoiseWorld _w = null!;

    public async Task InitializeAsync() => _w = await NoiseWorld.StartAsync(new DateOnly(2026, 12, 18));
    public async Task DisposeAsync() => await _w.DisposeAsync();

    private IReportCadences Cadences => _w.F.Store.Get<IReportCadences>();

    [Fact]
    public async Task The_office_sets_a_weekly_cadence_the_owners_are_asked_and_the_first_answer_counts()
    {
        Assert.Equal("只有督办员可以设置报送要求。", await _w.SayAsync(_w.Head, "第1条 每周五前报进展"));
        Assert.Null(Cadences.Get("a1"));
        Assert.Equal("已设置第1条的报送要求：每周五前。到时将请承办单位一键报送进展，未报送的列入督办日报。", await _w.SayAsync(_w.Office, "第1条 每周五前报进展"));
        Assert.Single(_w.F.Store.Audit.For("a1"), e => e.Action == CadenceFeature.AuditSet && e.To == "W5");

        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, Ask).Count == 1 && _w.CardsTo(_w.Liaison, Ask).Count == 1);
        var headCard = _w.CardsTo(_w.Head, Ask)[0];
        Assert.Contains("每周五前", NoiseWorld.TextOf(headCard));
        Assert.Contains("本期无变化", NoiseWorld.TextOf(headCard));

        // A note longer than the field allows is refused and nothing is recorded.
        var onTrack = NoiseWorld.Button(headCard, CadenceCapability.Answer.Name, "answer", ReportAnswers.OnTrack);
        var tooLong = onTrack.DeepClone().AsObject();
        tooLong["note"] = new string('长', 201);
        Assert.Equal("补充说明最多200字，请精简后再报送。", await _w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, tooLong)));
        Assert.Empty(_w.F.Store.Items.ReportsOf("a1"));

        onTrack["note"] = "管材已到场";
        Assert.Equal("已记录第1条本期进展：按计划推进。", await _w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, onTrack)));
        await NoiseWorld.WaitUntilAsync(() => _w.UpdatesTo(_w.Head).Count == 1);
        Assert.Contains("已报送进展", NoiseWorld.TextOf(_w.UpdatesTo(_w.Head)[0]));
        Assert.Equal("按计划推进：管材已到场", Assert.Single(_w.F.Store.Items.ReportsOf("a1")).Text);

        // The liaison's card is now stale: told who answered, nothing more recorded.
        var noChange = NoiseWorld.Button(_w.CardsTo(_w.Liaison, Ask)[0], CadenceCapability.Answer.Name, "answer", ReportAnswers.NoChange);
        Assert.Equal($"第1条本期进展已由{_w.Head.Name}报送（按计划推进），无需再次报送。", await _w.AnswerAsync(_w.Liaison, () => _w.PressAsync(_w.Liaison, noChange)));
        Assert.Single(_w.F.Store.Items.ReportsOf("a1"));
        Assert.Single(_w.F.Store.Audit.For("a1"), e => e.Action == CadenceFeature.AuditAnswer);
        Assert.Equal(0, await _w.Scheduler.RunOnceAsync());

        // The item's history shows the cadence.
        var before = _w.SentTo(_w.Office).Count;
        await _w.F.SayAsync(_w.Office, "第1条 记录");
        await NoiseWorld.WaitUntilAsync(() => _w.SentTo(_w.Office).Count > before);
        Assert.Contains("报送要求：每周五前", NoiseWorld.TextOf(_w.SentTo(_w.Office)[before]));
    }

    [Fact]
    public async Task Two_owners_answering_at_once_give_one_report_and_an_outsider_cannot_answer()
    {
        await _w.SayAsync(_w.Office, "set item 1 to report every Friday", "en-US");
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, Ask).Count == 1 && _w.CardsTo(_w.Liaison, Ask).Count == 1);
        var a = NoiseWorld.Button(_w.CardsTo(_w.Head, Ask)[0], CadenceCapability.Answer.Name, "answer", ReportAnswers.Blocked);
        var b = NoiseWorld.Button(_w.CardsTo(_w.Liaison, Ask)[0], CadenceCapability.Answer.Name, "answer", ReportAnswers.OnTrack);

        Assert.Equal("第1条不是您负责的事项，不能替其报送。", await _w.AnswerAsync(_w.Outsider, () => _w.PressAsync(_w.Outsider, a)));
        var answers = await Task.WhenAll(_w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, a)), _w.AnswerAsync(_w.Liaison, () => _w.PressAsync(_w.Liaison, b)));
        Assert.Single(answers, t => t.StartsWith("已记录第1条本期进展", StringComparison.Ordinal));
        Assert.Single(answers, t => t.Contains("无需再次报送", StringComparison.Ordinal));
        Assert.Single(_w.F.Store.Items.ReportsOf("a1"));
        Assert.NotNull(Cadences.Ask("a1|2026-11-27")!.AnsweredAt);
    }

    [Fact]
    public async Task An_unanswered_ask_is_a_report_overdue_in_mondays_office_digest_and_a_progress_report_answers_it()
    {
        Assert.Equal("已设置第1条的报送要求：每周五前。到时将请承办单位一键报送进展，未报送的列入督办日报。", await _w.SayAsync(_w.Office, "第1条：每周五前报送"));
        Assert.Equal("这个按钮已失效，请重新发送指令。", await _w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, new() { ["verb"] = CadenceCapability.Answer.Name, ["ask"] = "a1|2026-11-27", ["answer"] = "maybe" })));
        Assert.Equal("这份报送提醒已失效。", await _w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, new() { ["verb"] = CadenceCapability.Answer.Name, ["ask"] = "a1|2026-01-02", ["answer"] = ReportAnswers.OnTrack })));
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, Ask).Count == 1);
        Assert.DoesNotContain("报送逾期", NoiseWorld.TextOf(_w.CardsTo(_w.Office, "督办日报").Single()));

        _w.F.Clock.Advance(TimeSpan.FromDays(3)); // Monday
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Office, "督办日报").Count == 2);
        var monday = NoiseWorld.TextOf(_w.CardsTo(_w.Office, "督办日报")[1]);
        Assert.Contains("报送逾期 1", monday);
        Assert.Contains("市政工程处", monday);

        // A typed progress report answers it: Tuesday's digest no longer counts it.
        await _w.SayAsync(_w.Head, "第1条 进展：管沟开挖完成");
        _w.F.Clock.Advance(TimeSpan.FromDays(1));
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Office, "督办日报").Count == 3);
        Assert.DoesNotContain("报送逾期", NoiseWorld.TextOf(_w.CardsTo(_w.Office, "督办日报")[2]));
    }
}
