using System.Text.Json.Nodes;
using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Tests.Channel;

/// <summary>Files attached in a channel reach the bot only as links in the message's HTML; they become link-only files.</summary>
public class SharedFileLinksTests
{
    private static Activity Channel(params Attachment[] attachments) => new()
    {
        Type = Activity.Types.Message,
        Text = "<at>督办助手</at>",
        Recipient = new ChannelAccount { Id = "28:app", Name = "督办助手" },
        Conversation = new ConversationAccount { Id = "19:c@thread.tacv2", ConversationType = "channel" },
        Attachments = [.. attachments],
    };

    private static Attachment Html(string html) => new() { ContentType = "text/html", Content = JsonValue.Create(html) };

    [Fact]
    public void A_sharepoint_link_in_the_message_html_is_a_link_only_file()
    {
        var turn = ActivityMapper.ToTurn(Channel(Html(
            "<div><span itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">督办助手</span>&nbsp;" +
            "<a href=\"https://contoso.sharepoint.com/sites/office/Shared%20Documents/General/%E7%BA%AA%E8%A6%81.docx?web=1&amp;x=1\">纪要.docx</a></div>")));
        var file = Assert.Single(turn.Files);
        Assert.True(file.IsLinkOnly);
        Assert.Equal("纪要.docx", file.Name);
        Assert.Equal("docx", file.ContentType);
        Assert.Equal("https://contoso.sharepoint.com/sites/office/Shared%20Documents/General/%E7%BA%AA%E8%A6%81.docx?web=1&x=1", file.Url);
    }

    [Fact]
    public void A_sharing_link_without_a_file_name_takes_its_kind_from_the_link()
    {
        var turn = ActivityMapper.ToTurn(Channel(Html("<p><a href=\"https://contoso.sharepoint.cn/:w:/s/office/EabcDEF123\">第12次局务会纪要</a></p>")));
        Assert.Equal("第12次局务会纪要.docx", Assert.Single(turn.Files).Name);
    }

    [Fact]
    public void Ordinary_web_links_are_not_files()
    {
        var turn = ActivityMapper.ToTurn(Channel(Html("<p>见 <a href=\"https://www.gov.example/notice/2026/1.html\">通知</a> 和 <a href=\"mailto:office@bureau.example\">邮件</a></p>")));
        Assert.Empty(turn.Files);
    }

    [Fact]
    public void A_file_attached_in_a_one_to_one_chat_is_not_doubled_by_its_link()
    {
        var download = new Attachment
        {
            ContentType = "application/vnd.microsoft.teams.file.download.info",
            Name = "纪要.docx",
            ContentUrl = "https://contoso-my.sharepoint.com/personal/u/Documents/纪要.docx",
            Content = new JsonObject { ["downloadUrl"] = "https://contoso-my.sharepoint.com/personal/u/_layouts/15/download.aspx?UniqueId=1", ["fileType"] = "docx" },
        };
        var turn = ActivityMapper.ToTurn(Channel(download, Html("<a href=\"https://contoso-my.sharepoint.com/personal/u/Documents/纪要.docx\">纪要.docx</a>")));
        var file = Assert.Single(turn.Files);
        Assert.False(file.IsLinkOnly);
    }
}
