using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Features.Relay;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>A meeting sent as .txt or .docx: the bot downloads the bytes (size-limited) and reviews them like pasted text.</summary>
public class AttachmentTests : IntakeFileChatTest
{
    private JsonArray Attach(string name) => new(new JsonObject
    {
        ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
        ["name"] = name,
        ["content"] = new JsonObject { ["downloadUrl"] = _files.Url(name), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
    });

    [Fact]
    public async Task A_txt_file_alone_starts_a_review()
    {
        _files.Files["纪要.txt"] = Encoding.UTF8.GetBytes(IntakeChat.Minutes);
        var reply = await _chat.SayAsync(_chat.Office, "", attachments: Attach("纪要.txt"));
        Assert.Contains("**第1条** 完成金南大道西延线工程进度核查", reply);
    }

    [Fact]
    public async Task A_docx_file_is_read_paragraph_by_paragraph()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(IntakeChat.Minutes.Split('\n').Select(l => new Paragraph(new Run(new Text(l.Trim())))).ToArray()));
        }
        _files.Files["minutes.docx"] = stream.ToArray();
        var reply = await _chat.SayAsync(_chat.Office, "", attachments: Attach("minutes.docx"));
        Assert.Contains("**第3条**", reply);
        Assert.Contains("市环卫处", reply);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_not_read()
    {
        _files.Files["big.txt"] = new byte[6 * 1024 * 1024];
        Assert.Contains("超过 5 MB", await _chat.SayAsync(_chat.Office, "", attachments: Attach("big.txt")));
        Assert.Equal(0, _f.Store.Meetings.All().Count());
    }

    [Fact]
    public async Task A_file_that_cannot_be_fetched_or_read_says_so()
    {
        Assert.Contains("无法读取文件“gone.txt”", await _chat.SayAsync(_chat.Office, "", attachments: Attach("gone.txt")));
        _files.Files["broken.docx"] = Encoding.UTF8.GetBytes("not a zip");
        Assert.Contains("无法读取文件“broken.docx”", await _chat.SayAsync(_chat.Office, "", attachments: Attach("broken.docx")));
    }
}
