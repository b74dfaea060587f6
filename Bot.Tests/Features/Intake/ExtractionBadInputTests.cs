using System.Text;
using static ChatBot.Bot.Tests.Features.Intake.IntakeFixtures;

namespace ChatBot.Bot.Tests.Features.Intake;

/// <summary>What a clerk might paste by mistake: the extractor answers with what it found (often nothing) and never throws.</summary>
public class ExtractionBadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  ")]
    [InlineData("Please find attached the minutes of the board meeting held on Monday.")]
    [InlineData("\u0000\u0001\u0002PK\u0003\u0004\uFFFD\uFFFD\u0010binary\u0000")]
    [InlineData("。。。；；；：：（（（）））“”“")]
    [InlineData("一、\n（一）\n1.\n①\n一是")]
    public void Junk_gives_no_directives_and_no_crash(string text)
    {
        var r = Extract(text);
        Assert.Empty(r.Directives);
        Assert.Empty(r.Relay);
    }

    [Fact]
    public void A_fifty_thousand_character_text_is_read_whole()
    {
        var paragraph = "（一）调度中心于12月20日前完成管网巡查记录的整理，报送局办公室。去年全年共巡查管网一千二百公里。\n";
        var sb = new StringBuilder("关于开展管网巡查工作的通知\n");
        while (sb.Length < 50_000) sb.Append(paragraph);
        var text = sb.ToString();

        var r = Extract(text);

        Assert.True(r.Directives.Count >= 50_000 / paragraph.Length - 1);
        Assert.All(r.Directives, d => Assert.Contains(d.Source, text));
        Assert.DoesNotContain(r.Directives, d => d.Source.Contains("去年"));
    }

    [Fact]
    public void A_table_with_merged_cells_flattened_oddly_keeps_its_tasks_without_crashing()
    {
        // Merged 责任单位 cells leave empty lines and a row shorter than the header.
        var text = "整改任务分工表\n序号\n整改任务\n责任单位\n完成时限\n1\n完成泵站配电柜更换\n设备科\n12月31日前\n2\n修订值班制度\n\n2027年1月底前\n3\n补充应急物资\n";

        var r = Extract(text);

        Assert.Contains(r.Directives, d => d.Source.Contains("泵站配电柜更换") && d.Owners.Contains("设备科"));
        Assert.All(r.Directives, d => Assert.Contains(d.Source, text));
    }
}
