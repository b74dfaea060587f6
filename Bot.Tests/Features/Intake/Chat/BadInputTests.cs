using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>
/// Whatever the office sends — nothing, binary bytes, another language, the longest text allowed, a
/// letter with no tasks, a table flattened oddly — it gets a clear answer in its language, the bot does
/// not fail, and nothing is stored until a person confirms.
/// </summary>
public class BadInputTests : IntakeFileChatTest
{
    private JsonArray Attach(string name, byte[] bytes)
    {
        _files.Files[name] = bytes;
        return new(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = _files.Url(name), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        });
    }

    private void NothingStored()
    {
        Assert.Equal(0, _f.Store.Meetings.All().Count());
        Assert.Equal(0, _f.Store.Lite().Directives.Count());
        Assert.Equal(0, _f.Store.Lite().Assignments.Count());
        Assert.DoesNotContain(_f.Store.Lite().Audit.FindAll(), a => a.EntityType is "meeting" or "directive" or "assignment");
    }

    [Fact]
    public async Task An_empty_file_asks_for_the_text()
    {
        Assert.Contains("请粘贴会议讲话", await _chat.SayAsync(_chat.Office, "", attachments: Attach("empty.txt", [])));
        Assert.Contains("Paste the full text", await _chat.SayAsync(_chat.Office, "", "en-US", Attach("blank.txt", Encoding.UTF8.GetBytes(" \n\t\n "))));
        NothingStored();
    }

    [Fact]
    public async Task Binary_bytes_are_not_taken_for_a_meeting()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        Assert.Contains("这看起来不是文字", await _chat.SayAsync(_chat.Office, "", attachments: Attach("scan.txt", bytes)));
        Assert.Contains("does not look like text", await _chat.SayAsync(_chat.Office, "", "en-US", Attach("scan2.txt", bytes)));
        NothingStored();
    }

    [Fact]
    public async Task A_text_with_no_chinese_says_intake_reads_chinese()
    {
        var english = Encoding.UTF8.GetBytes("Minutes of the works committee\nThe committee reviewed the winter road programme. The roads unit shall repair the ring road by 15 December.\n");
        Assert.Contains("文本中没有中文内容", await _chat.SayAsync(_chat.Office, "", attachments: Attach("minutes.txt", english)));
        Assert.Contains("has no Chinese in it", await _chat.SayAsync(_chat.Office, "", "en-US", Attach("minutes2.txt", english)));
        NothingStored();
    }

    [Fact]
    public async Task The_longest_text_allowed_is_reviewed_in_pages_and_one_more_character_is_refused()
    {
        // Minutes padded with an account of past work (no tasks) to exactly the limit.
        var filler = "今年以来，全局共完成道路维修一百二十公里，新建公厕十八座，群众满意度较去年有所提升。";
        var text = new StringBuilder(IntakeChat.Minutes.Trim()).Append('\n');
        while (text.Length + filler.Length <= 50_000) text.Append(filler);
        text.Append(new string('。', 50_000 - text.Length));
        Assert.Equal(50_000, text.Length);

        var reply = await _chat.SayAsync(_chat.Office, text.ToString());
        Assert.Contains("会议事项提取 · 待审核", reply);
        Assert.Contains("完成金南大道西延线工程进度核查", reply);
        Assert.True(Encoding.UTF8.GetByteCount(_chat.LastCard()!.ToJsonString()) <= 28 * 1024);
        Assert.Contains("上限 50,000 字", await _chat.SayAsync(_chat.Office, text + "会"));
        NothingStored();
    }

    [Fact]
    public async Task A_reply_letter_of_past_facts_gets_a_clear_answer()
    {
        const string letter = """
            关于城区道路照明情况的复函
            区人大代表联络处：
            来函收悉。经核实，去年全市新建和改造路灯一千二百盏，主次干道亮灯率保持在百分之九十八以上。
            代表反映的东环路路灯不亮问题，已由市路灯管理处于今年十月更换线路后解决，目前运行正常。
            感谢对城市管理工作的关心和支持。
            特此函复。
            """;
        // Sent as a file: a letter is a document whatever the chat rules make of its words.
        var said = await _chat.SayAsync(_chat.Office, "", attachments: Attach("复函.txt", Encoding.UTF8.GetBytes(letter)));
        // Nothing to dispatch, said plainly — or, if the rules keep a sentence they are unsure of, a card to review.
        Assert.True(said.Contains("没有识别到可督办的事项") || said.Contains("待确认"), said);
        NothingStored();
    }

    [Fact]
    public async Task A_table_flattened_with_merged_cells_gets_a_review_or_a_clear_answer()
    {
        // Word's merged cells come out as a lone cell per line, the merged owner once for two rows, a heading cell in the middle.
        const string table = """
            冬季城市管理重点工作任务分解表
            序号
            工作任务
            责任单位
            完成时限
            一、道路设施
            1
            完成主干道破损路面修补
            市政工程处
            12月20日前
            2
            完成人行道板更换

            12月31日前
            二、市容环境
            3
            开展背街小巷环境卫生集中整治
            市环卫处、市容环境管理科
            持续推进
            """;
        var said = await _chat.SayAsync(_chat.Office, "", attachments: Attach("分解表.txt", Encoding.UTF8.GetBytes(table)));
        Assert.True(said.Contains("会议事项提取 · 待审核") || said.Contains("没有识别到可督办的事项"), said);
        if (said.Contains("待审核")) Assert.Contains("完成主干道破损路面修补", said);
        NothingStored();
    }
}
