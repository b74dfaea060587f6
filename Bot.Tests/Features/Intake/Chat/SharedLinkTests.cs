using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>A meeting file that cannot be read is never dropped silently: the office is told why and what to do.</summary>
public class SharedLinkTests : IntakeChatTest
{
    private static JsonArray ChannelHtml(string link, string name) => new(new JsonObject
    {
        ["contentType"] = "text/html",
        ["content"] = $"<div><span itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">督办助手</span> <a href=\"{link}\">{name}</a></div>",
    });

    [Theory]
    [InlineData("zh-CN", "以共享链接发来", "在与我的私聊中上传")]
    [InlineData("en-US", "arrived as a sharing link", "1:1 chat")]
    public async Task A_file_shared_in_the_channel_gets_an_answer_saying_what_to_do(string locale, string why, string what)
    {
        var reply = await _chat.SayAsync(_chat.Office, "", locale, ChannelHtml("https://contoso.sharepoint.com/sites/office/Shared%20Documents/minutes.docx", "minutes.docx"));
        Assert.Contains("minutes.docx", reply);
        Assert.Contains(why, reply);
        Assert.Contains(what, reply);
        Assert.Equal(0, _f.Store.Meetings.All().Count());
    }

    [Fact]
    public async Task A_download_link_to_another_host_is_refused_with_a_reason()
    {
        var attachment = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = "纪要.txt",
            ["content"] = new JsonObject { ["downloadUrl"] = "https://files.example/纪要.txt", ["fileType"] = "txt" },
        });
        var reply = await _chat.SayAsync(_chat.Office, "", attachments: attachment);
        Assert.Contains("不是 Teams 的文件存储", reply);
        Assert.Equal(0, _f.Store.Meetings.All().Count());
    }

    [Fact]
    public async Task A_docx_that_unpacks_too_large_is_refused_with_a_reason()
    {
        await using var files = await FileServer.StartAsync();
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            part.Write(new byte[40 * 1024 * 1024]);
        }
        files.Files["bomb.docx"] = stream.ToArray();
        var attachment = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = "bomb.docx",
            ["content"] = new JsonObject { ["downloadUrl"] = files.Url("bomb.docx"), ["fileType"] = "docx" },
        });
        var reply = await _chat.SayAsync(_chat.Office, "", attachments: attachment);
        Assert.Contains("解压后过大", reply);
        Assert.Equal(0, _f.Store.Meetings.All().Count());
    }
}
