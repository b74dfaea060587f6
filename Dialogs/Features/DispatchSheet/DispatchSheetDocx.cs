using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Dialogs.Features.DispatchSheet;

/// <summary>
/// The 督办单 / 催办单 as a one-page A4 .docx, written with the Open XML SDK (DocumentFormat.OpenXml 3.3,
/// already here to read meeting .docx files; MIT; QuestPDF is not served and a PDF cannot be edited
/// by the office before it is stamped): title, number, a two-column table of the item, the source
/// sentence, and the two signature lines.
/// </summary>
public static class DispatchSheetDocx
{
    private const string Font = "SimSun";

    public static byte[] Build(DispatchSheet sheet, Lang lang)
    {
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(DispatchSheetTexts.Title(lang, sheet.Chase), bold: true, size: 44, align: JustificationValues.Center));
            body.Append(Paragraph(sheet.Number, size: 28, align: JustificationValues.Right));
            body.Append(Table(
            [
                (DispatchSheetTexts.Meeting(lang), sheet.Meeting),
                (DispatchSheetTexts.Item(lang), ItemTexts.Item(lang, sheet.Item)),
                (DispatchSheetTexts.Task(lang), sheet.Task),
                (DispatchSheetTexts.Owner(lang), sheet.Owner),
                (DispatchSheetTexts.Lead(lang), sheet.Lead),
                (DispatchSheetTexts.Assisting(lang), sheet.Assisting.Length == 0 ? "—" : sheet.Assisting),
                (DispatchSheetTexts.Deadline(lang), sheet.DeadlineShown(lang)),
                (DispatchSheetTexts.Status(lang), ItemTexts.Status(lang, sheet.Status)),
                (DispatchSheetTexts.Source(lang), sheet.Source.Length == 0 ? "—" : sheet.Source),
            ]));
            if (sheet.Chase && sheet.DaysOverdue is { } days) body.Append(Paragraph(DispatchSheetTexts.Overdue(lang, days), bold: true, size: 24));
            body.Append(Paragraph(DispatchSheetTexts.Requirement(lang), size: 24));
            body.Append(Paragraph("", size: 24));
            body.Append(Paragraph(DispatchSheetTexts.IssuerSignature(lang), size: 24));
            body.Append(Paragraph(DispatchSheetTexts.ReceiverSignature(lang), size: 24));
            // A4 portrait, 2.5 cm margins (twentieths of a point).
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 851U, Footer = 851U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return buffer.ToArray();
    }

    private static Paragraph Paragraph(string text, bool bold = false, int size = 24, JustificationValues? align = null)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "120" });
        if (align is { } a) properties.Append(new Justification { Val = a });
        return new Paragraph(properties, Run(text, bold, size));
    }

    private static Run Run(string text, bool bold, int size)
    {
        var props = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font }, new FontSize { Val = size.ToString() });
        if (bold) props.Append(new Bold());
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table Table(IEnumerable<(string Label, string Value)> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 6 }, new BottomBorder { Val = BorderValues.Single, Size = 6 },
            new LeftBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 6 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 6 });
        var table = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(new GridColumn { Width = "2000" }, new GridColumn { Width = "7000" }));
        foreach (var (label, value) in rows)
            table.Append(new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "2000", Type = TableWidthUnitValues.Dxa }), new Paragraph(Run(label, true, 24))),
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "7000", Type = TableWidthUnitValues.Dxa }), new Paragraph(Run(value, false, 24)))));
        return table;
    }
}
