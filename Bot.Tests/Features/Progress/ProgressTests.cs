using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Features.OpenItems;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Bot.Tests.Features.Progress;

/// <summary>反馈进展 by number, by task words, by the form; percent and status moves audited; bad input changes nothing.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly ItemsWorld _w = new();
    private static readonly DateOnly Today = ItemsWorld.Today;

    public ProgressTests()
    {
        _w.Add(3, "szgc", "凤凰山隧道二三期工程抢抓进度", Today.AddDays(20), AssignmentStatus.SignedFor, assignees: "staff");
        _w.Add(4, "szgc", "金南大道西延线督促施工方落实举措", Today.AddDays(5));
        _w.Add(5, "szgc", "金南大道东段绿化提升", Today.AddDays(9));
        _w.Add(6, "szgc", "已办结的事项", Today.AddDays(-9), AssignmentStatus.Closed);
        _w.Add(7, "rsk", "三年目标任务谋划", Today);
    }

    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task A_report_by_number_is_kept_updates_the_percent_and_moves_the_item_to_in_progress()
    {
        var result = await _w.Say("head", Intent.Of(ProgressCapability.Report, ("item", "3"), ("text", "已完成招标"), ("percent", "30")));

        Assert.Equal("已记录第3条的进展，完成 30%。", result.Text());
        var item = _w.Item(3);
        Assert.Equal(AssignmentStatus.InProgress, item.Status);
        Assert.Equal(30, item.Percent);
        var report = Assert.Single(_w.Store.Lite().ProgressReports.Find(p => p.AssignmentId == "a3"));
        Assert.Equal(("已完成招标", 30, "head", ItemsWorld.Now), (report.Text, report.Percent, report.ReportedBy, report.ReportedAt));
        var audit = _w.Store.Audit.For("a3");
        Assert.Contains(audit, e => e.Action == "percent" && e.From == null && e.To == "30" && e.ActorMemberId == "head" && e.ActivityId != null);
        Assert.Contains(audit, e => e.Action == ProgressCapability.Report && e.From == "SignedFor" && e.To == "InProgress" && e.At == ItemsWorld.Now);
    }

    [Fact]
    public async Task A_later_report_keeps_the_history_and_does_not_move_the_status_again()
    {
        await _w.Say("staff", Intent.Of(ProgressCapability.Report, ("item", "第3条"), ("text", "进场施工")));
        _w.Clock.Advance(TimeSpan.FromDays(2));
        await _w.Say("staff", Intent.Of(ProgressCapability.Report, ("item", "3"), ("text", "完成主体"), ("percent", "60%")));
        Assert.Equal(2, _w.Store.Lite().ProgressReports.Count(p => p.AssignmentId == "a3"));
        Assert.Single(_w.Store.Audit.For("a3"), e => e.Action == ProgressCapability.Report);
        Assert.Equal(60, _w.Item(3).Percent);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_makes_one_report()
    {
        var intent = Intent.Of(ProgressCapability.Report, ("item", "3"), ("text", "已完成招标"), ("percent", "30"));
        await _w.Say("head", intent);
        var before = _w.Snapshot();
        var again = await _w.Redeliver("head", intent);
        Assert.Equal("已记录第3条的进展，完成 30%。", again.Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task Task_words_without_a_number_find_the_members_item()
    {
        var result = await _w.Say("head", Intent.Of(ProgressCapability.Report, ("task", "凤凰山隧道二期"), ("percent", "30"), ("text", "凤凰山隧道二期本周完成30%")));
        Assert.Equal("已记录第3条的进展，完成 30%。", result.Text());
        Assert.Equal("凤凰山隧道二期本周完成30%", _w.Store.Lite().ProgressReports.FindOne(p => p.AssignmentId == "a3").Text);
    }

    [Fact]
    public async Task Task_words_matching_several_items_ask_which_and_the_answer_records_it()
    {
        var ask = await _w.Say("head", Intent.Of(ProgressCapability.Report, ("task", "金南大道"), ("text", "金南大道本周推进顺利")));
        Assert.Contains("有几项事项与“金南大道”相符", ask.All());
        var choices = Answers.Submits(ask.Card()).ToList();
        Assert.Equal([4, 5], choices.Select(c => c["item"]!.GetValue<int>()));
        Assert.Empty(_w.Store.Lite().ProgressReports.FindAll());

        // Typing "2" picks the second choice.
        var answered = await _w.Say("head", Intent.Of(EngineCapability.Unknown), text: "2");
        Assert.Equal("已记录第5条的进展。", answered.Text());
        Assert.Equal("金南大道本周推进顺利", _w.Store.Lite().ProgressReports.FindOne(p => p.AssignmentId == "a5").Text);
        Assert.Null(_w.Store.Lite().Pending.FindAll().FirstOrDefault());
    }

    [Fact]
    public async Task A_choice_button_records_on_the_chosen_item()
    {
        var ask = await _w.Say("head", Intent.Of(ProgressCapability.Report, ("task", "金南大道"), ("text", "推进顺利")));
        var first = Answers.Submits(ask.Card()).First();
        var result = await _w.Press("head", first);
        Assert.Equal("已记录第4条的进展。", result.Text());
    }

    [Fact]
    public async Task Task_words_matching_nothing_say_so_and_change_nothing()
    {
        var before = _w.Snapshot();
        var result = await _w.Say("head", Intent.Of(ProgressCapability.Report, ("task", "三年目标任务"), ("text", "x")));
        Assert.Contains("您的待办中没有与“三年目标任务”对应的事项", result.Text()); // another unit's item
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task The_button_opens_a_small_form_and_its_submit_records_the_report()
    {
        var form = await _w.Press("staff", ProgressCapability.Report, 3);
        var card = form.Card().ToJsonString();
        Assert.Contains("\"id\":\"text\"", card);
        Assert.Contains("\"id\":\"percent\"", card);
        Assert.Contains("Input.Number", card);
        var submit = Answers.Submits(form.Card()).Single();
        Assert.Equal(3, submit["item"]!.GetValue<int>());

        var empty = submit.DeepClone().AsObject();
        empty["text"] = "";
        var before = _w.Snapshot();
        Assert.Contains("请填写进展情况。", (await _w.Press("staff", empty)).Text());
        Assert.Equal(before, _w.Snapshot());

        var filled = submit.DeepClone().AsObject();
        filled["text"] = "已完成招标";
        filled["percent"] = "45";
        Assert.Equal("已记录第3条的进展，完成 45%。", (await _w.Press("staff", filled)).Text());
        Assert.Equal(45, _w.Item(3).Percent);
    }

    [Theory]
    [InlineData("head", "6", "第6条已销号，不能再报告进展。")]           // closed
    [InlineData("head", "99", "没有找到您可以查看的第99条事项。")]          // does not exist
    [InlineData("head", "7", "没有找到您可以查看的第7条事项。")]           // another unit's: not visible
    [InlineData("staff2", "3", "没有找到您可以查看的第3条事项。")]         // staff not assigned to it
    [InlineData("leader", "3", "您不是第3条的承办人，不能为它报告进展。")]   // sees it, but only watches
    public async Task Refused_reports_say_why_and_change_nothing(string member, string item, string expected)
    {
        var before = _w.Snapshot();
        var result = await _w.Say(member, Intent.Of(ProgressCapability.Report, ("item", item), ("text", "进展"), ("percent", "50")));
        Assert.StartsWith(expected, result.Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Theory]
    [InlineData("130")]
    [InlineData("-5")]
    [InlineData("三成")]
    public async Task A_bad_percent_is_refused(string percent)
    {
        var before = _w.Snapshot();
        var result = await _w.Say("head", Intent.Of(ProgressCapability.Report, ("item", "3"), ("text", "进展"), ("percent", percent)));
        Assert.Contains("不是有效的完成百分比", result.Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task English_speakers_report_in_english()
    {
        var result = await _w.Say("head", Intent.Of(ProgressCapability.Report, ("item", "3"), ("text", "tender awarded"), ("percent", "100")), "en-US");
        Assert.Contains("Progress on item 3 recorded: 100% done.", result.Text());
        Assert.Contains("request check-off for item 3", result.Text());
        var missing = await _w.Say("head", Intent.Of(ProgressCapability.Report, ("item", "42"), ("text", "x")), "en-US");
        Assert.StartsWith("There is no item 42 that you can see.", missing.Text());
    }

    [Fact]
    public void Task_matching_prefers_containment_then_shared_character_pairs()
    {
        var items = new[]
        {
            new Assignment { Number = 1, Task = "凤凰山隧道二三期工程抢抓进度" },
            new Assignment { Number = 2, Task = "金南大道西延线督促施工方落实举措" },
        };
        Assert.Equal([1], TaskMatcher.Match("凤凰山隧道二期", items).Select(a => a.Number));
        Assert.Equal([2], TaskMatcher.Match("金南大道", items).Select(a => a.Number));
        Assert.Empty(TaskMatcher.Match("垃圾分类", items));
    }
}
