using System.Text;
using ChatBot.Dialogs.Features.Intake;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Bot.Tests.Features.Intake;

public sealed class MeetingTextReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("meeting-reader").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reads_utf8_with_or_without_bom()
    {
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "市容科要在12月底前完成整治。", new UTF8Encoding(true));
        Assert.Equal("市容科要在12月底前完成整治。", MeetingTextReader.Read(path));
    }

    [Fact]
    public void Falls_back_to_gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_dir, "gbk.txt");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes("局属各单位要迅速传达会议精神。"));
        Assert.Equal("局属各单位要迅速传达会议精神。", MeetingTextReader.Read(path));
    }

    [Fact]
    public void Reads_docx_paragraphs_and_table_cells_as_lines()
    {
        var path = Path.Combine(_dir, "plan.docx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var table = new Table(
                Row("序号", "工作任务", "责任单位", "完成时限"),
                Row("1", "开展渣土车专项整治", "城管执法二大队", "2026年12月31日前"));
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("任务分工表"))), table));
        }
        var text = MeetingTextReader.Read(path);
        Assert.Equal(["任务分工表", "序号", "工作任务", "责任单位", "完成时限", "1", "开展渣土车专项整治", "城管执法二大队", "2026年12月31日前"],
            text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

        var d = Assert.Single(IntakeFixtures.Extract(text).Directives);
        Assert.Equal(["城管执法二大队"], d.Owners);
    }

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))).ToArray<OpenXmlElement>());
}
