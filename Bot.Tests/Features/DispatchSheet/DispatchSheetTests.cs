using ChatBot.Bot.Tests.Features.OpenItems;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Bot.Tests.Features.Ledger;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.DispatchSheet;
using ChatBot.Dialogs.Understanding.Rules;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Bot.Tests.Features.DispatchSheet;

/// <summary>督办〔YYYY〕N号 and 打印督办单 / 打印催办单: numbers per year from the store, the card and the one-page .docx.</summary>
public sealed class DispatchSheetTests
{
    private static string DocxText(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Numbers_run_per_year_and_a_rolled_back_dispatch_gives_none_away()
    {
        using var world = new LedgerWorld();
        var clock = world.Clock;
        Meeting Dispatch(string id, DateTimeOffset at) => world.Store.Write(s =>
        {
            var m = new Meeting { Id = id, Title = id, Status = MeetingStatus.Dispatched, DispatchedAt = at, CreatedAt = at };
            DispatchNumbers.Assign(s, m, clock);
            s.Meetings.Add(m);
            return m;
        });
        Assert.Equal("督办〔2026〕1号", DispatchNumbers.Text(Dispatch("x1", new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero))));
        Assert.Throws<InvalidOperationException>(() => world.Store.Write(s =>
        {
            var m = new Meeting { Id = "lost", Title = "lost", DispatchedAt = LedgerWorld.Now };
            DispatchNumbers.Assign(s, m, clock);
            s.Meetings.Add(m);
            throw new InvalidOperationException("crash mid-dispatch");
        }));
        Assert.Equal("督办〔2026〕2号", DispatchNumbers.Text(Dispatch("x2", new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero))));   // 23:00 in Beijing
        Assert.Equal("督办〔2027〕1号", DispatchNumbers.Text(Dispatch("x3", new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero))));  // 00:30 on 1 January in Beijing
        Assert.Null(world.Store.Meetings.Get("lost"));
    }

    [Fact]
    public async Task The_office_prints_the_notice_as_a_card_and_a_one_page_docx_and_the_number_stays()
    {
        using var world = new LedgerWorld();
        var first = await world.Say("clerk", "打印督办单 第1条");
        // The card goes to the sink, so CI validates it with Microsoft's card validator too.
        CardSink.Record(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = first.Card().DeepClone() }),
        }, "engine-printDispatchSheet");
        var file = Assert.Single(first.Files);
        Assert.Equal("督办单-第1条.docx", file.Name);
        var card = first.All();
        Assert.Contains("督办〔2026〕1号", card);
        Assert.Contains("完成主干道坑槽修补", card);

        var text = DocxText(file.Content);
        Assert.Contains("督 办 单", text);
        Assert.Contains("督办〔2026〕1号", text);
        Assert.Contains("十一月道路安全专题会", text);
        Assert.Contains("道路养护科", text);
        Assert.Contains("园林绿化所", text);
        Assert.Contains("2026年11月20日", text);
        Assert.Contains("要求11月20日前完成主干道坑槽修补。", text);
        Assert.Contains("督查室（签章）", text);
        Assert.Contains("承办单位负责人签收", text);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(file.Content), false))
            Assert.Equal(16838U, doc.MainDocumentPart!.Document.Body!.Descendants<PageSize>().Single().Height!.Value);   // A4

        // Another meeting takes the next number; the first keeps its own; numbering is audited.
        Assert.Contains("督办〔2026〕2号", (await world.Say("clerk", "打印督办单 第5条")).All());
        Assert.Contains("督办〔2026〕1号", (await world.Say("clerk", "print the directive notice for item 1", "en-US")).All());
        Assert.Equal(2, world.Store.Lite().Audit.Count(a => a.Action == "dispatchNumber"));
    }

    [Fact]
    public async Task A_reminder_notice_says_how_many_days_overdue()
    {
        using var world = new LedgerWorld();
        var result = await world.Say("clerk", "打印第1条催办单");
        Assert.Equal("催办单-第1条.docx", result.Files[0].Name);
        var text = DocxText(result.Files[0].Content);
        Assert.Contains("催 办 单", text);
        Assert.Contains("已逾期 7 天", text);
    }

    [Fact]
    public async Task Only_the_office_prints_and_an_unknown_item_is_said_so()
    {
        using var world = new LedgerWorld();
        foreach (var who in new[] { "leader", "head", "staff" })
        {
            var refused = await world.Say(who, "打印督办单 第1条");
            Assert.Empty(refused.Files);
            Assert.Equal(DispatchSheetTexts.OfficeOnly(Lang.Zh), refused.Text());
        }
        var missing = await world.Say("clerk", "打印督办单 第99条");
        Assert.Empty(missing.Files);
        Assert.Contains("99", missing.Text());
        Assert.Null(world.Store.Meetings.Get("mA")!.DispatchNumber);
        Assert.Equal(DispatchSheetCapability.Print.Name, RuleIntentRecognizer.Recognize("打印督办单", LedgerWorld.Today).Name);
        Assert.Equal(ChatBot.Dialogs.Items.ItemTexts.WhichItem(Lang.Zh), (await world.Say("clerk", "打印督办单")).Text());
    }

    [LibreOfficeWriterFact]
    public async Task LibreOffice_reads_the_docx_and_it_has_no_page_break()
    {
        using var world = new LedgerWorld();
        var result = await world.Say("clerk", "打印督办单 第1条");
        var path = world.File("notice.docx");
        await File.WriteAllBytesAsync(path, result.Files[0].Content);
        var outDir = Directory.CreateDirectory(world.File("txt")).FullName;
        var converted = await LibreOffice.ConvertAsync(path, "txt:Text (encoded):UTF8", outDir);
        var text = await File.ReadAllTextAsync(Assert.Single(converted));
        Assert.Contains("督办〔2026〕1号", text);
        Assert.Contains("完成主干道坑槽修补", text);
        Assert.Contains("承办单位负责人签收", text);
        // One page: no page break and one section.
        using var doc = WordprocessingDocument.Open(new MemoryStream(result.Files[0].Content), false);
        Assert.DoesNotContain(doc.MainDocumentPart!.Document.Body!.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        Assert.Single(doc.MainDocumentPart.Document.Body.Descendants<SectionProperties>());
    }
}
