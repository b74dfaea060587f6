using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChatBot.Bot.Tests.Features.Ledger;

/// <summary>Reads a workbook back with the Open XML SDK: cell texts, numbers, and what the styles say.</summary>
internal sealed class XlsxReadBack : IDisposable
{
    private readonly SpreadsheetDocument _doc;
    private readonly WorkbookPart _book;

    public XlsxReadBack(byte[] bytes)
    {
        _doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        _book = _doc.WorkbookPart!;
    }

    public IReadOnlyList<string> SheetNames => _book.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name)
    {
        var sheet = _book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)_book.GetPartById(sheet.Id!)).Worksheet;
    }

    public Cell? Cell(string sheet, string reference) => Rows(sheet).SelectMany(r => r).FirstOrDefault(c => c.CellReference == reference);

    /// <summary>The rows with their cells; references are computed when the writer left them out.</summary>
    public List<List<Cell>> Rows(string sheet)
    {
        var rows = new List<List<Cell>>();
        var rowIndex = 0;
        foreach (var row in Sheet(sheet).Descendants<Row>())
        {
            rowIndex = (int?)row.RowIndex?.Value ?? rowIndex + 1;
            var cells = new List<Cell>();
            var col = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                col++;
                cell.CellReference ??= $"{SpreadCheetah.SpreadsheetUtility.GetColumnName(col)}{rowIndex}";
                cells.Add(cell);
            }
            rows.Add(cells);
        }
        return rows;
    }

    public string Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return _book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText;
        return cell.CellValue?.Text ?? "";
    }

    private CellFormat Format(Cell cell) =>
        _book.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>The cell's solid fill as RRGGBB, or null.</summary>
    public string? FillRgb(Cell cell)
    {
        var fill = _book.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)(Format(cell).FillId?.Value ?? 0));
        var rgb = fill.PatternFill?.ForegroundColor?.Rgb?.Value;
        return rgb is null ? null : rgb[^6..].ToUpperInvariant();
    }

    /// <summary>The number format code of the cell's style (built-in ids as their number).</summary>
    public string NumberFormat(Cell cell)
    {
        var id = Format(cell).NumberFormatId?.Value ?? 0;
        var custom = _book.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == id);
        return custom?.FormatCode?.Value ?? id.ToString();
    }

    public void Dispose() => _doc.Dispose();
}
