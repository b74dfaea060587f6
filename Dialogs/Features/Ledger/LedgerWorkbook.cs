using System.Drawing;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.Relay;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>
/// Writes the ledger as an .xlsx workbook with SpreadCheetah, row by row into the stream (nothing is
/// held as a whole sheet in memory): the ledger sheet with a frozen header, a filter over every column,
/// widths a clerk can read, deadlines and dates as real dates, the traffic lights as coloured cells;
/// then one sheet per meeting with each unit's relay meeting.
/// </summary>
/// <remarks>
/// SpreadCheetah, not ClosedXML: the only ClosedXML served (0.95.4) is built against Open XML SDK 2.x
/// and fails at run time beside the 3.x this project reads .docx with (ClosedXML/ClosedXML#2315);
/// SpreadCheetah has no dependencies, streams, and is MIT.
/// </remarks>
public static class LedgerWorkbook
{
    private static readonly double[] Widths = [6, 8, 24, 48, 16, 20, 10, 12, 12, 12, 36, 14, 12];
    private static readonly double[] RelayWidths = [18, 24, 12, 10, 12, 40, 20, 14];

    public static async Task WriteAsync(Stream output, LedgerData data, Lang lang, CancellationToken ct = default)
    {
        await using var sheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct);
        var styles = new Styles(sheet);
        var columns = LedgerTexts.Columns(lang);

        await sheet.StartWorksheetAsync(LedgerTexts.Sheet(lang), Options(Widths, columns.Count, data.Rows.Count), ct);
        await sheet.AddHeaderRowAsync(columns.ToArray(), styles.Header, ct);
        var index = 0;
        foreach (var row in data.Rows)
            await sheet.AddRowAsync(Cells(row, ++index, lang, styles), ct);

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { LedgerTexts.Sheet(lang) };
        foreach (var meeting in data.Meetings)
        {
            var relayColumns = LedgerTexts.RelayColumns(lang);
            await sheet.StartWorksheetAsync(SheetName(LedgerTexts.RelaySheet(lang, meeting.Meeting.Title), names), Options(RelayWidths, relayColumns.Count, meeting.Relay.Count), ct);
            await sheet.AddHeaderRowAsync(relayColumns.ToArray(), styles.Header, ct);
            foreach (var unit in meeting.Relay)
                await sheet.AddRowAsync(RelayCells(unit, data.Zone, lang, styles), ct);
        }
        await sheet.FinishAsync(ct);
    }

    public static async Task<byte[]> BytesAsync(LedgerData data, Lang lang, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, data, lang, ct);
        return buffer.ToArray();
    }

    private static WorksheetOptions Options(double[] widths, int columns, int rows)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < widths.Length; i++) options.Column(i + 1).Width = widths[i];
        // The filter covers the header and every data row (a header alone would filter nothing in some readers).
        options.AutoFilter = new AutoFilterOptions($"A1:{SpreadsheetUtility.GetColumnName(columns)}{rows + 1}");
        return options;
    }

    private static StyledCell[] Cells(LedgerRow r, int index, Lang lang, Styles s) =>
    [
        new(index, s.Plain),
        new(r.Number, s.Plain),
        new(r.Meeting, s.Wrap),
        new(r.Task, s.Wrap),
        new(r.LeadUnits, s.Wrap),
        new(r.AssistingUnits, s.Wrap),
        new(r.Leaders, s.Plain),
        r.Due is { } due ? new(Date(due), s.Date) : new(r.DeadlineText ?? "", s.Plain),
        new(ItemTexts.Status(lang, r.Status), s.Plain),
        new(LedgerTexts.Light(lang, r.Light), s.Light(r.Light)),
        new(r.LatestProgress is null ? "" : $"{r.LatestProgressOn:yyyy-MM-dd} {r.LatestProgress}", s.Wrap),
        new(LedgerTexts.Relay(lang, r.Relay), s.Plain),
        r.ClosedOn is { } closed ? new(Date(closed), s.Date) : new("", s.Plain),
    ];

    private static StyledCell[] RelayCells(RelayUnitState u, TimeZoneInfo zone, Lang lang, Styles s) =>
    [
        new(u.Unit.Name, s.Plain),
        new(u.RequiredForms.Count == 0 ? LedgerTexts.AnyForm(lang) : string.Join("、", u.RequiredForms), s.Wrap),
        u.Due is { } due ? new(Date(due), s.Date) : new("", s.Plain),
        new(u.SignerName ?? "", s.Plain),
        u.Receipt is { } receipt ? new(TimeZoneInfo.ConvertTime(receipt.SignedAt, zone).Date, s.Date) : new("", s.Plain),
        new(string.Join("；", u.Confirmations.Select(c => LedgerTexts.Held(lang, c))), s.Wrap),
        new(u.Done ? "" : string.Join("、", u.Remaining.Select(f => f == RelayForms.AnyForm ? LedgerTexts.AnyForm(lang) : f)), s.Wrap),
        new(LedgerTexts.Relay(lang, u.State), s.RelayFill(u.State)),
    ];

    private static DateTime Date(DateOnly d) => d.ToDateTime(TimeOnly.MinValue);

    /// <summary>Excel's sheet names: at most 31 characters, none of []:*?/\, unique regardless of case.</summary>
    public static string SheetName(string wanted, ISet<string> taken)
    {
        var clean = new string(wanted.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim().Trim('\'');
        if (clean.Length == 0) clean = "Sheet";
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $"({n})";
            name = (clean.Length > 31 - suffix.Length ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return name;
    }

    /// <summary>The workbook's styles, registered once.</summary>
    private sealed class Styles
    {
        // Excel's own "bad / neutral / good" fills: what clerks already read as red, yellow, green.
        public static readonly Color RedFill = Color.FromArgb(0xFF, 0xC7, 0xCE);
        public static readonly Color YellowFill = Color.FromArgb(0xFF, 0xEB, 0x9C);
        public static readonly Color GreenFill = Color.FromArgb(0xC6, 0xEF, 0xCE);

        public StyleId Header { get; }
        public StyleId Plain { get; }
        public StyleId Wrap { get; }
        public StyleId Date { get; }
        private readonly StyleId _red, _yellow, _green;

        public Styles(Spreadsheet sheet)
        {
            Header = sheet.AddStyle(new Style
            {
                Font = { Bold = true },
                Fill = { Color = Color.FromArgb(0xD9, 0xE1, 0xF2) },
                Alignment = { Vertical = VerticalAlignment.Center, WrapText = true },
            });
            Plain = sheet.AddStyle(new Style { Alignment = { Vertical = VerticalAlignment.Top } });
            Wrap = sheet.AddStyle(new Style { Alignment = { Vertical = VerticalAlignment.Top, WrapText = true } });
            Date = sheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd"), Alignment = { Vertical = VerticalAlignment.Top } });
            _red = Filled(sheet, RedFill);
            _yellow = Filled(sheet, YellowFill);
            _green = Filled(sheet, GreenFill);
        }

        private static StyleId Filled(Spreadsheet sheet, Color color) =>
            sheet.AddStyle(new Style { Fill = { Color = color }, Alignment = { Vertical = VerticalAlignment.Top } });

        public StyleId Light(TrafficLight? light) => light switch
        {
            TrafficLight.Red => _red,
            TrafficLight.Yellow => _yellow,
            TrafficLight.Green => _green,
            _ => Plain,
        };

        public StyleId RelayFill(RelayState state) => state switch
        {
            RelayState.Overdue => _red,
            RelayState.Relayed => _green,
            RelayState.Signed => _yellow,
            _ => Plain,
        };
    }
}
