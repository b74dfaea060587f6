using System.Text.Json;
using ChatBot.Dialogs.Features.Intake.Extraction;
using static ChatBot.Bot.Tests.Features.Intake.IntakeFixtures;

namespace ChatBot.Bot.Tests.Features.Intake;

public class ExtractionJsonTests
{
    [Fact]
    public void Writes_exactly_one_object_in_the_agreed_shape()
    {
        var json = ExtractionJson.Write(Extract(Sample));
        using var doc = JsonDocument.Parse(json); // throws on anything but one JSON value
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(["meeting", "relay", "directives"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("局党组扩大会议", root.GetProperty("meeting").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("meeting").GetProperty("date").ValueKind);

        var relay = root.GetProperty("relay")[0];
        Assert.Equal(["units", "forms", "deadlineText", "due", "source"], relay.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-12-02", relay.GetProperty("due").GetString());
        Assert.Equal("*", relay.GetProperty("units")[0].GetString());

        var first = root.GetProperty("directives")[0];
        Assert.Equal(["task", "owners", "assisting", "deadlineText", "due", "needsReview", "source"], first.EnumerateObject().Select(p => p.Name));
        Assert.Contains("局党建办", json); // Chinese is written as is, not \\u-escaped
    }

    [Fact]
    public void Dates_are_iso_and_missing_ones_are_null()
    {
        var json = ExtractionJson.Write(Extract("2026年11月20日，局长王伟主持召开局务会议。\n会议要求，市容科于12月5日前完成冬季市容整治方案。\n环卫处要近期开展除雪演练。"));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("2026-11-20", doc.RootElement.GetProperty("meeting").GetProperty("date").GetString());
        var ds = doc.RootElement.GetProperty("directives");
        Assert.Equal("2026-12-05", ds[0].GetProperty("due").GetString());
        Assert.Equal(JsonValueKind.Null, ds[1].GetProperty("due").ValueKind);
        Assert.Equal("needs-date", ds[1].GetProperty("needsReview")[0].GetString());
    }

    [Fact]
    public void Plain_text_lists_every_directive_with_owner_and_deadline()
    {
        var text = ExtractionText.Write(Extract(Sample));
        Assert.Contains("传达要求：局属各单位", text);
        Assert.Contains("局人事科、公用事业管理科", text);
        Assert.Contains("X月底前", text);
    }
}

public class ExtractCommandTests
{
    [Fact]
    public void Prints_json_or_text_for_a_file()
    {
        var path = Path.Combine(IntakeFixtures.RepoRoot, "seeds", "000_1179419ea5b9d5a1.txt");
        var json = new StringWriter();
        Assert.Equal(0, ChatBot.Dialogs.Features.Intake.ExtractCommand.Run([path, "--json", "--rules"], IntakeFixtures.Roster, IntakeFixtures.Ref, json));
        using var doc = JsonDocument.Parse(json.ToString());
        Assert.True(doc.RootElement.GetProperty("directives").GetArrayLength() > 10);

        var text = new StringWriter();
        Assert.Equal(0, ChatBot.Dialogs.Features.Intake.ExtractCommand.Run([path], IntakeFixtures.Roster, IntakeFixtures.Ref, text));
        Assert.Contains("传达要求", text.ToString());
    }

    [Fact]
    public void Bad_arguments_print_usage()
    {
        var err = new StringWriter();
        Assert.Equal(2, ChatBot.Dialogs.Features.Intake.ExtractCommand.Run(["--json"], [], IntakeFixtures.Ref, err));
        Assert.Contains("usage", err.ToString());
        Assert.Equal(2, ChatBot.Dialogs.Features.Intake.ExtractCommand.Run(["/nonexistent.txt"], [], IntakeFixtures.Ref, err));
    }
}
