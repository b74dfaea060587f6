using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Understanding.Rules;
using static ChatBot.Bot.Tests.Features.Intake.Chat.ReviewHarness;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>
/// The review as the office works it (recall first): items the rules are unsure of marked and last, bulk
/// edits, assisting units set / added / removed, names never guessed, past deadlines warned, typed words
/// kept, and "all units" dispatched to every unit. Nothing is stored until 确认.
/// </summary>
public class ReviewEditTests
{
    /// <summary>Fourteen items, the odd ones from 9 on unsure, given in text order (unsure ones mixed in).</summary>
    private static ExtractionResult Fourteen()
    {
        var r = new ExtractionResult { Meeting = { Title = "局务会议纪要" } };
        for (var i = 1; i <= 14; i++)
        {
            var unsure = i >= 9 && i % 2 == 1;
            r.Directives.Add(Item($"任务{i:00}", $"第{i:00}句：市园林处要做好第{i:00}片绿地的冬季养护。", ["市园林处"], "12月31日前", new DateOnly(2026, 12, 31), unsure));
        }
        return r;
    }

    private static async Task<ReviewHarness> ReviewAsync(ExtractionResult given)
    {
        var h = new ReviewHarness(given);
        await h.SayAsync(IntakeChat.Minutes);
        Assert.Contains("会议事项提取 · 待审核", h.Card);
        return h;
    }

    [Fact]
    public async Task Unsure_items_are_marked_and_listed_after_the_sure_ones_each_with_its_source()
    {
        using var h = await ReviewAsync(Fourteen());
        // 9, 11, 13 are unsure: the sure ones (1–8, 10, 12, 14) come first, then the unsure in text order.
        var order = Enumerable.Range(1, 12).Select(n => h.ItemLine(n)).ToList();
        Assert.Equal(["任务01", "任务02", "任务03", "任务04", "任务05", "任务06", "任务07", "任务08", "任务10", "任务12", "任务14", "任务09"],
            order.Select(l => l[^4..]));
        Assert.DoesNotContain("待确认", h.ItemLine(11));
        Assert.Contains("〔待确认〕", h.ItemLine(12));
        Assert.Contains("3 条待确认（排在最后）", h.Card);
        Assert.Contains("原文：第09句：市园林处要做好第09片绿地的冬季养护。", h.Card);
        Assert.Contains("原文：第01句：市园林处要做好第01片绿地的冬季养护。", h.Card);
        Assert.Equal(0, h.Store.Meetings.All().Count());

        await h.SayAsync("第12条 截止 12月20日", "en-US");
        Assert.DoesNotContain("to confirm", h.ItemLine(12));
    }

    [Fact]
    public async Task English_cards_mark_unsure_items_too()
    {
        var h = new ReviewHarness(Fourteen());
        await h.SayAsync(IntakeChat.Minutes, "en-US");
        Assert.Contains("[to confirm]", h.ItemLine(12));
        Assert.Contains("Source: 第09句", h.Card);
    }

    [Theory]
    [InlineData("删除第3、5、7条", 11, "已删除第3、5、7条")]
    [InlineData("删除第3-7条", 9, "已删除第3–7条")]
    [InlineData("删除第三至第七条", 9, "已删除第3–7条")]
    [InlineData("只保留第1-12条", 12, "已只保留第1–12条，删除其余 2 条")]
    [InlineData("delete items 3, 5 and 7", 11, "Deleted items 3, 5, 7")]
    [InlineData("delete items 3-7", 9, "Deleted items 3–7")]
    [InlineData("keep only items 1 to 12", 12, "Kept items 1–12 only")]
    public async Task Bulk_edits_delete_or_keep_many_items_at_once(string said, int left, string answer)
    {
        using var h = await ReviewAsync(Fourteen());
        var reply = await h.SayAsync(said, said.StartsWith("删") || said.StartsWith("只") ? "zh-CN" : "en-US");
        Assert.Contains(answer, reply);
        Assert.Equal(left, h.DraftItems().Count);
        Assert.Contains(said.StartsWith("删") || said.StartsWith("只") ? $"共 {left} 条事项" : $"{left} items", h.Card);
        Assert.Equal(0, h.Store.Meetings.All().Count());
    }

    [Fact]
    public async Task A_bulk_edit_naming_a_missing_item_changes_nothing()
    {
        using var h = await ReviewAsync(Fourteen());
        var versions = h.CardVersions;
        Assert.Contains("没有第15条。当前共 14 条", await h.SayAsync("删除第3、15条"));
        Assert.Contains("没有第15条", await h.SayAsync("只保留第1-20条"));
        Assert.Equal(versions, h.CardVersions);
        Assert.Contains("共 14 条事项", h.Card);
    }

    [Theory]
    [InlineData("删除第3、5、7条", "delete", "3,5,7")]
    [InlineData("删除第3－7条", "delete", "3,4,5,6,7")]
    [InlineData("只保留第1-12条", "keep", "1,2,3,4,5,6,7,8,9,10,11,12")]
    [InlineData("keep only items 1-3", "keep", "1,2,3")]
    [InlineData("全部设为市政工程处", "owner", "all")]
    [InlineData("set all items to 市政工程处", "owner", "all")]
    public void The_chat_rules_read_bulk_edits_as_lists(string said, string field, string items)
    {
        var intent = RuleIntentRecognizer.Recognize(said, new DateOnly(2026, 11, 27));
        Assert.Equal(IntakeCapability.Edit, intent.Name);
        Assert.Equal(field, intent.Slot("field"));
        Assert.Equal(items, intent.Slot("items"));
    }

    [Fact]
    public async Task Set_all_gives_every_item_the_same_lead_unit()
    {
        using var h = await ReviewAsync(Fourteen());
        Assert.Contains("已将全部 14 条的牵头单位设为“市政工程处”", await h.SayAsync("全部设为市政工程处"));
        Assert.DoesNotContain("牵头：市园林处", h.Card);
        Assert.Contains("牵头：市政工程处", h.Card);
        Assert.Contains("The lead unit of all 14 items", await h.SayAsync("set all items to 工程处", "en-US"));
    }

    private static ExtractionResult WithAssisting() => new()
    {
        Meeting = { Title = "局务会议纪要" },
        Directives =
        {
            Item("完成背街小巷路面整修", "市政工程处牵头，国土分局、规划执法队伍配合，12月底前完成背街小巷路面整修。", ["市政工程处"], "12月底前", new DateOnly(2026, 12, 31), false, "国土分局", "规划执法队伍"),
        },
    };

    [Fact]
    public async Task Assisting_units_can_be_replaced_added_and_removed()
    {
        using var h = await ReviewAsync(WithAssisting());
        Assert.Contains("“国土分局”不在名册中", h.Card);

        // 改为 replaces the list (it used to append, leaving the unknown names blocking dispatch).
        await h.SayAsync("第1条 配合单位 改为 规划执法大队");
        Assert.Equal(["规划执法大队"], h.DraftItems()[0].Assisting);
        Assert.Contains("配合：规划执法大队", h.Card);
        Assert.DoesNotContain("不在名册中", h.Card);

        await h.SayAsync("第1条 增加配合单位 政策法规科");
        Assert.Contains("配合：规划执法大队、政策法规科", h.Card);

        await h.SayAsync("第1条 删除配合单位 法规科");
        Assert.Equal(["规划执法大队"], h.DraftItems()[0].Assisting);

        Assert.Contains("第1条的配合单位中没有“国土”", await h.SayAsync("第1条 删除配合单位 国土"));
        Assert.Contains("Item 1 has no assisting unit", await h.SayAsync("remove assisting unit 国土 from item 1", "en-US"));
    }

    [Fact]
    public async Task An_unknown_assisting_unit_written_in_part_is_removed_by_those_words()
    {
        using var h = await ReviewAsync(WithAssisting());
        await h.SayAsync("删除第1条的配合单位 国土");
        Assert.Equal(["规划执法队伍"], h.DraftItems()[0].Assisting);
        Assert.DoesNotContain("“国土分局”不在名册中", h.Card);
        Assert.Contains("共 1 条事项", h.Card); // the item itself is still there
    }

    [Fact]
    public async Task An_unknown_unit_is_flagged_never_swapped_for_a_roster_unit_it_resembles()
    {
        using var h = await ReviewAsync(WithAssisting());
        await h.SayAsync("第1条 负责单位 火星工程处");
        Assert.Contains("牵头：火星工程处", h.Card);
        Assert.Contains("单位“火星工程处”不在名册中", h.Card);
        Assert.DoesNotContain("牵头：市政工程处", h.Card);

        // The bureau's own prefix and words for people are still read as the unit.
        await h.SayAsync("第1条 负责单位 局市政工程处");
        Assert.Contains("牵头：市政工程处", h.Card);
    }

    [Fact]
    public async Task A_deadline_already_past_is_accepted_with_a_warning()
    {
        using var h = await ReviewAsync(WithAssisting());
        var reply = await h.SayAsync("第1条 截止 11月20日");
        Assert.Contains("已修改第1条", reply);
        Assert.Contains("注意：第1条的截止日期2026年11月20日已经过去", reply);
        Assert.Contains("截止日期已过", h.Card);
        Assert.Contains("deadline 2026-11-20 is already past", await h.SayAsync("item 1 deadline 2026-11-20", "en-US"));
    }

    [Fact]
    public async Task Typed_words_are_kept_with_their_full_width_punctuation()
    {
        using var h = await ReviewAsync(WithAssisting());
        await h.SayAsync("第1条 任务改为：完成背街小巷路面整修，并报局办公室（附照片）");
        Assert.Contains("完成背街小巷路面整修，并报局办公室（附照片）", h.Card);

        await h.SayAsync("增加一条：市园林处要在12月31日前完成冬季绿化养护检查，并将结果报局办公室。");
        Assert.Contains("原文：市园林处要在12月31日前完成冬季绿化养护检查，并将结果报局办公室", h.Card);
        Assert.DoesNotContain("检查,并", h.Card);
    }

    private static ExtractionResult ForAllUnits() => new()
    {
        Meeting = { Title = "局务会议纪要" },
        Directives =
        {
            Item("报送年度党建工作总结", "各单位要在12月20日前将年度党建工作总结报送局党建办备案。", [RosterNamesAll], "12月20日前", new DateOnly(2026, 12, 20)),
            Item("完成金南大道工程进度核查", "市政工程处要在12月15日前完成金南大道工程进度核查。", ["市政工程处"], "12月15日前", new DateOnly(2026, 12, 15)),
        },
    };

    private const string RosterNamesAll = ChatBot.Dialogs.Features.Intake.Review.RosterNames.AllUnits;

    [Fact]
    public async Task All_units_as_the_lead_is_dispatched_to_every_unit()
    {
        using var h = await ReviewAsync(ForAllUnits());
        // 全部单位: the bureau-level units; sub-units (中队, 股, 所) hear from their unit.
        var units = h.Store.Roster.Units().Count(u => u.ParentId is null);
        Assert.Contains($"牵头：局属各单位（全部 {units} 个单位）", h.Card);
        Assert.DoesNotContain("⚠", h.Card);

        var done = await h.SayAsync("确认");
        Assert.Contains("已下发“局务会议纪要”：2 条事项", done);
        var meeting = Assert.Single(h.Store.Meetings.All());
        var directives = h.Store.Lite().Directives.Find(d => d.MeetingId == meeting.Id).OrderBy(d => d.Number).ToList();
        Assert.Equal(h.Store.Roster.Units().Where(u => u.ParentId is null).Select(u => u.Id).Order(), directives[0].LeadUnitIds.Order());
        Assert.Equal(units + 1, h.Store.Lite().Assignments.Count());
        var first = directives[0].Id;
        Assert.All(h.Store.Lite().Assignments.Find(a => a.DirectiveId == first), a => Assert.Equal(AssignmentRole.Lead, a.Role));
        // The review card turns into a record without buttons.
        Assert.Contains("已确认下发（2 条事项）", h.Card);
        Assert.DoesNotContain("Action.Submit", h.Card);
    }

    [Fact]
    public async Task All_units_can_be_set_in_review_too()
    {
        using var h = await ReviewAsync(WithAssisting());
        await h.SayAsync("第1条 配合单位 改为 政策法规科");
        await h.SayAsync("第1条 负责单位 全部单位");
        Assert.Contains("牵头：局属各单位（全部", h.Card);
        Assert.Contains("已下发", await h.SayAsync("确认"));
    }

    [Fact]
    public async Task Typing_the_button_words_confirms_the_review()
    {
        using var h = await ReviewAsync(WithAssisting());
        await h.SayAsync("第1条 配合单位 改为 政策法规科");
        Assert.Contains("已下发", await h.SayAsync("确认下发"));
    }

    [Fact]
    public async Task An_edit_keeps_the_item_marked_when_it_did_not_touch_it()
    {
        using var h = await ReviewAsync(Fourteen());
        await h.SayAsync("第1条 截止 12月20日");
        Assert.Contains("〔待确认〕", h.ItemLine(12));
        Assert.Equal(0, h.Store.Lite().Assignments.Count());
    }
}
