using ChatBot.Bot.Cli;
using ChatBot.Bot.Tests.Features.OpenItems;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Ledger;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Bot.Tests.Features.Ledger;

/// <summary>导出台账 in chat: who gets which rows, what a bad request is told, and the command line.</summary>
public sealed class LedgerChatTests
{
    private static IReadOnlyList<int> Numbers(TurnResult result)
    {
        var file = Assert.Single(result.Files);
        using var book = new XlsxReadBack(file.Content);
        return book.Rows(book.SheetNames[0]).Skip(1).Select(r => int.Parse(book.Text(r[1]))).ToList();
    }

    [Fact]
    public async Task The_office_gets_every_open_item_as_a_file_for_itself_in_its_language()
    {
        using var world = new LedgerWorld();
        var zh = await world.Say("clerk", "导出台账");
        Assert.Equal([1, 3, 5, 6], Numbers(zh));
        Assert.Equal("clerk", zh.Files[0].MemberId);
        Assert.Equal("督办台账-20261127.xlsx", zh.Files[0].Name);
        Assert.Contains("点“允许”", zh.Text());

        var en = await world.Say("clerk", "export ledger including closed", "en-US");
        Assert.Equal([1, 3, 4, 5, 6], Numbers(en));
        using var book = new XlsxReadBack(en.Files[0].Content);
        Assert.Equal("Ledger", book.SheetNames[0]);
        Assert.Equal("No.", book.Text(book.Rows("Ledger")[0][0]));
    }

    [Fact]
    public async Task In_a_channel_the_reply_says_the_file_comes_in_the_one_to_one_chat()
    {
        using var world = new LedgerWorld();
        var result = await world.Say("clerk", "导出台账 本次会议", conversationId: "19:office-channel", type: "channel");
        Assert.Contains("私聊", result.Text());
        Assert.Equal([1, 3, 4], Numbers(result));   // a named meeting lists its closed items too
    }

    [Fact]
    public async Task Scopes_by_unit_meeting_and_date_range()
    {
        using var world = new LedgerWorld();
        Assert.Equal([1, 4, 6], Numbers(await world.Say("clerk", "导出台账 养护科")));           // an alias; lead or assisting
        Assert.Equal([1, 3], Numbers(await world.Say("clerk", "导出台账 园林绿化所")));
        Assert.Equal([5, 6], Numbers(await world.Say("clerk", "导出台账 冬季保障")));             // words of a meeting's title
        Assert.Equal([1, 3, 4], Numbers(await world.Say("clerk", "导出台账 11月1日至11月15日")));
        Assert.Equal([5, 6], Numbers(await world.Say("clerk", "export ledger from 2026-11-20 to 2026-11-30", "en-US")));
    }

    [Fact]
    public async Task A_leader_gets_their_portfolio_and_is_refused_another_unit()
    {
        using var world = new LedgerWorld();
        var mine = await world.Say("leader", "导出台账");
        Assert.Equal([1, 6], Numbers(mine));
        using (var book = new XlsxReadBack(mine.Files[0].Content))
            Assert.Equal(["道路养护科"], book.Rows("传达-十一月道路安全专题会").Skip(1).Select(r => book.Text(r[0])));   // not the parks' relay
        var refused = await world.Say("leader", "导出台账 法规审查室");
        Assert.Empty(refused.Files);
        Assert.Contains("法规审查室", refused.Text());
        Assert.Equal([1, 3, 5], Numbers(await world.Say("leader2", "导出台账")));
    }

    [Fact]
    public async Task A_unit_head_gets_their_unit_and_staff_are_refused()
    {
        using var world = new LedgerWorld();
        Assert.Equal([1, 6], Numbers(await world.Say("head", "导出台账")));
        var staff = await world.Say("staff", "导出台账");
        Assert.Empty(staff.Files);
        Assert.Equal(LedgerTexts.NotAllowed(Lang.Zh), staff.Text());
        var english = await world.Say("staff", "export ledger", "en-US");
        Assert.Equal(LedgerTexts.NotAllowed(Lang.En), english.Text());
    }

    [Fact]
    public async Task Bad_requests_are_answered_and_make_no_file()
    {
        using var world = new LedgerWorld();
        foreach (var (text, expected) in new[]
        {
            ("导出台账 水务局", "没有找到名为“水务局”的单位或会议"),
            ("导出台账 11月30日至11月1日", "日期范围不对"),
            ("导出台账 2027-01-01到2027-02-01", "这个范围内没有督办事项"),
            ("导出台账 会议：春季植树", "没有找到标题含“春季植树”的已下发会议"),
        })
        {
            var result = await world.Say("clerk", text);
            Assert.Empty(result.Files);
            Assert.Contains(expected, result.Text());
        }
        var english = await world.Say("clerk", "export ledger from 2026-11-30 to 2026-11-01", "en-US");
        Assert.Contains("backwards", english.Text());
    }

    [Fact]
    public void The_rules_read_the_command_and_leave_sentences_that_only_mention_a_ledger()
    {
        var today = LedgerWorld.Today;
        var intent = RuleIntentRecognizer.Recognize("导出台账 本次会议 含已销号", today);
        Assert.Equal(LedgerCapability.Export.Name, intent.Name);
        Assert.Equal("this", intent.Slot("meeting"));
        Assert.Equal("all", intent.Slot("scope"));
        var range = RuleIntentRecognizer.Recognize("请导出台账：从11月1日到11月30日", today);
        Assert.Equal(("2026-11-01", "2026-11-30"), (range.Slot("from"), range.Slot("to")));
        Assert.Equal("市政工程处", RuleIntentRecognizer.Recognize("export the ledger of 市政工程处", today).Slot("unit"));
        Assert.NotEqual(LedgerCapability.Export.Name, RuleIntentRecognizer.Recognize("台账我已经导出过了", today).Name);
    }

    [Fact]
    public async Task The_command_line_writes_the_workbook_of_the_scope_asked()
    {
        using var world = new LedgerWorld();
        var db = world.StorePath;
        world.CloseStore();
        var output = new StringWriter();
        var errors = new StringWriter();
        var file = world.File("out/ledger.xlsx");

        Assert.Equal(0, await CommandLine.RunAsync(["ledger", "export", file, "--unit", "道路养护科", "--from", "2026-11-01", "--to", "2026-11-30", $"--Storage:Path={db}"], new CliConsole(output, errors)));
        Assert.Contains("Exported 3 rows of 2 meeting(s)", output.ToString());
        using (var book = new XlsxReadBack(await File.ReadAllBytesAsync(file)))
            Assert.Equal(["1", "4", "6"], book.Rows("督办台账").Skip(1).Select(r => book.Text(r[1])));

        Assert.Equal(2, await CommandLine.RunAsync(["ledger", "export", world.File("x.xlsx"), "--unit", "水务局", $"--Storage:Path={db}"], new CliConsole(output, errors)));
        Assert.Contains("no unit named '水务局'", errors.ToString());
        Assert.False(File.Exists(world.File("x.xlsx")));
        Assert.Equal(2, await CommandLine.RunAsync(["ledger", "export", world.File("x.xlsx"), "--from", "2026-12-01", "--to", "2026-11-01", $"--Storage:Path={db}"], new CliConsole(output, errors)));
        Assert.Contains("is after --to", errors.ToString());
    }
}
