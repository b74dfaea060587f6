using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Ledger;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChatBot.Bot.Tests.Features.Ledger;

/// <summary>The workbook itself: what the Open XML SDK and LibreOffice read back from it.</summary>
public sealed class LedgerWorkbookTests
{
    private static async Task<byte[]> Workbook(LedgerWorld world, LedgerScope scope, Lang lang = Lang.Zh) =>
        await LedgerWorkbook.BytesAsync(world.Queries.Read(scope), lang);

    [Fact]
    public async Task The_ledger_sheet_has_a_frozen_header_a_filter_over_every_row_widths_and_a_relay_sheet_per_meeting()
    {
        using var world = new LedgerWorld();
        using var book = new XlsxReadBack(await Workbook(world, LedgerScope.Everything with { IncludeClosed = true }));

        Assert.Equal(["督办台账", "传达-十一月道路安全专题会", "传达-冬季保障调度会"], book.SheetNames);
        var sheet = book.Sheet("督办台账");
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1.0, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        // Header + 5 rows (the directive with a lead and an assisting unit is one row).
        Assert.Equal("A1:M6", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        var widths = sheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        Assert.Equal(48, widths[4]);
        Assert.All(Enumerable.Range(1, 13), i => Assert.True(widths.ContainsKey(i), $"column {i} has a width"));
        Assert.Equal(LedgerTexts.Columns(Lang.Zh), book.Rows("督办台账")[0].Select(book.Text));
    }

    [Fact]
    public async Task Deadlines_and_check_off_dates_are_real_dates_and_the_lights_are_filled_red_yellow_green()
    {
        using var world = new LedgerWorld();
        using var book = new XlsxReadBack(await Workbook(world, LedgerScope.Everything with { IncludeClosed = true }));
        var rows = book.Rows("督办台账").Skip(1).ToDictionary(r => book.Text(r[1]));

        var overdue = rows["1"];
        Assert.Null(overdue[7].DataType);                           // a number, not text
        Assert.Equal("yyyy-mm-dd", book.NumberFormat(overdue[7]));
        Assert.Equal(new DateOnly(2026, 11, 20), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(book.Text(overdue[7]), System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("FFC7CE", book.FillRgb(overdue[9]));
        Assert.Equal("红（逾期）", book.Text(overdue[9]));
        Assert.Equal("道路养护科", book.Text(overdue[4]));
        Assert.Equal("园林绿化所", book.Text(overdue[5]));
        Assert.Equal("韩振东", book.Text(overdue[6]));
        Assert.Equal("2026-11-24 已修补六成", book.Text(overdue[10]));   // the latest report, in Beijing's date
        Assert.Equal("已传达", book.Text(overdue[11]));

        Assert.Equal("FFEB9C", book.FillRgb(rows["3"][9]));          // due in two days
        Assert.Equal("逾期未传达", book.Text(rows["3"][11]));          // parks never signed
        Assert.Equal("C6EFCE", book.FillRgb(rows["6"][9]));          // December
        Assert.Equal("尽快", book.Text(rows["5"][7]));                // no date: the deadline as written
        Assert.Equal("无需传达", book.Text(rows["5"][11]));

        var closed = rows["4"];
        Assert.Equal("已销号", book.Text(closed[8]));
        Assert.Equal("yyyy-mm-dd", book.NumberFormat(closed[12]));
        Assert.Equal(new DateOnly(2026, 11, 20), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(book.Text(closed[12]), System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Null(book.FillRgb(closed[9]));
    }

    [Fact]
    public async Task The_same_store_gives_the_same_cells()
    {
        using var world = new LedgerWorld();
        string Dump(byte[] bytes)
        {
            using var book = new XlsxReadBack(bytes);
            return string.Join("\n", book.SheetNames.SelectMany(s => book.Rows(s).Select(r => s + "|" + string.Join("|", r.Select(book.Text)))));
        }
        Assert.Equal(Dump(await Workbook(world, LedgerScope.Everything)), Dump(await Workbook(world, LedgerScope.Everything)));
    }

    [Fact]
    public void Sheet_names_keep_to_Excel_rules()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var first = LedgerWorkbook.SheetName("传达-关于[2026]年度*重点工作/任务:推进会议的第一次全体会议纪要", taken);
        var second = LedgerWorkbook.SheetName("传达-关于[2026]年度*重点工作/任务:推进会议的第一次全体会议纪要", taken);
        Assert.True(first.Length <= 31 && second.Length <= 31);
        Assert.DoesNotContain(first, c => "[]:*?/\\".Contains(c));
        Assert.NotEqual(first, second, StringComparer.OrdinalIgnoreCase);
    }

    [LibreOfficeFact]
    public async Task LibreOffice_opens_the_workbook_and_reads_the_cells_and_dates()
    {
        using var world = new LedgerWorld();
        var file = world.File("ledger.xlsx");
        await File.WriteAllBytesAsync(file, await Workbook(world, LedgerScope.Everything with { IncludeClosed = true }));
        var outDir = Directory.CreateDirectory(world.File("csv")).FullName;

        // UTF-8 CSV, every sheet (LibreOffice 7.2+: sheet number -1 writes one file per sheet).
        var csvs = await LibreOffice.ConvertAsync(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", outDir);

        Assert.Equal(3, csvs.Count);
        var ledger = File.ReadAllLines(csvs.Single(f => f.EndsWith("-督办台账.csv", StringComparison.Ordinal))).Select(LibreOffice.Fields).ToList();
        Assert.Equal(LedgerTexts.Columns(Lang.Zh), ledger[0]);
        Assert.Equal(6, ledger.Count);
        var first = ledger.Single(r => r[1] == "1");
        Assert.Equal("十一月道路安全专题会", first[2]);
        Assert.Equal("完成主干道坑槽修补", first[3]);
        Assert.Equal("2026-11-20", first[7]);                       // shown as the date format says
        Assert.Equal("红（逾期）", first[9]);
        Assert.Equal("2026-11-20", ledger.Single(r => r[1] == "4")[12]);

        var relay = File.ReadAllLines(csvs.Single(f => f.EndsWith("-传达-十一月道路安全专题会.csv", StringComparison.Ordinal))).Select(LibreOffice.Fields).ToList();
        var roads = relay.Single(r => r[0] == "道路养护科");
        Assert.Equal("邵立群", roads[3]);
        Assert.Equal("2026-11-11", roads[4]);
        Assert.Contains("班子会议 2026-11-12（7人）", roads[5]);
        Assert.Equal("已传达", roads[7]);
        Assert.Equal("逾期未传达", relay.Single(r => r[0] == "园林绿化所")[7]);
    }
}
