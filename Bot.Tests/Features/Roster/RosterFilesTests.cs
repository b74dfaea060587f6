using System.Text.Json;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Features.Roster.Files;
using ChatBot.Dialogs.Features.Roster.Import;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Features.Roster;

/// <summary>One roster model in four file formats: what is exported is imported unchanged; bad files are pointed at.</summary>
public class RosterFilesTests : IDisposable
{
    private readonly TempDir _dir = new();
    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("json")] [InlineData("yaml")] [InlineData("csv")] [InlineData("xlsx")]
    public void Export_then_import_into_an_empty_store_gives_the_same_roster(string ext)
    {
        using var source = new LiteDbStore(_dir.File("source.db"));
        RosterLoader.SeedIfEmpty(source, RosterLoader.ReadJson(RosterWorld.SeedPath));
        source.Write(s =>
        {
            // Make the round trip carry what the sample lacks: a parent, a phone, two units, text needing CSV quotes.
            var unit = s.Lite().Units.FindOne(u => u.Name == "市政工程处");
            unit.ParentId = s.Lite().Units.FindOne(u => u.Name == "局办公室").Id;
            unit.Aliases.Add("工程处, 老名字 \"旧\"");
            s.Roster.UpdateUnit(unit);
            var m = s.Roster.Member("m020");
            m.Phone = "0571-1234 5678";
            m.Memberships.Add(new Membership { UnitId = unit.Id, Role = UnitRole.Deputy });
            m.UnitIds.Add(unit.Id);
            s.Roster.UpdateMember(m);
        });
        var exported = RosterExport.FromStore(source);
        var file = _dir.File($"roster.{ext}");
        RosterFiles.Write(exported, file);

        var read = RosterFiles.Read(file);
        using var target = new LiteDbStore(_dir.File("target.db"));
        var plan = RosterPlanner.Plan(target, read, file);
        Assert.Empty(plan.Errors);
        RosterImport.Apply(target, plan, RosterImport.CommandLineActor, RosterWorld.Now);

        Assert.Equal(Json(exported), Json(RosterExport.FromStore(target)));
        Assert.Equal(source.Roster.UnitCount(), plan.Count("unit", "added"));
        // Importing the same file again changes nothing.
        var again = RosterPlanner.Plan(target, RosterFiles.Read(file), file);
        Assert.Empty(again.Changes);
    }

    [Fact]
    public void The_sample_seed_reads_through_the_same_model()
    {
        var roster = RosterFiles.Read(RosterWorld.SeedPath);
        Assert.Equal(RosterLoader.ReadJson(RosterWorld.SeedPath).Members.Count, roster.Members.Count);
        Assert.All(roster.Members, m => Assert.StartsWith("line ", m.Where));
    }

    [Theory]
    [InlineData("bad.json", "{\n \"units\": [\n  {\"name\": \"A科\"}\n ],\n \"members\": [\n  {\"name\": \"李四\", \"units\": 5}\n ]\n}\n", "line 6", "$.members[0].units")]
    [InlineData("bad.json", "{\n \"units\": [\n  {\"name\": \"A科\", \"alias\": [\"A\"]}\n ]\n}\n", "line 3", "$.units[0].alias")]
    [InlineData("bad.yaml", "units:\n  - name: A科\nmembers:\n  - name: 李四\n    colour: red\n", "line 5", "unknown field 'colour'")]
    [InlineData("bad.csv", "[units]\nname,aliases\nA科,\n[members]\nname,unitz\n", "line 5", "field 'unitz'")]
    [InlineData("bad.csv", "name,units\n李四,A科\n", "line 1", "section")]
    [InlineData("bad.csv", "[units]\nname\n\"A科\n", "line 3", "never closed")]
    public void A_malformed_file_names_the_line_and_field(string name, string content, string line, string field)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, content);
        var e = Assert.Throws<RosterFileException>(() => RosterFiles.Read(path));
        Assert.Contains(name, e.Message);
        Assert.Contains(line, e.Message);
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void A_csv_saved_by_Chinese_Excel_in_GB18030_reads_as_Chinese()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = _dir.File("gbk.csv");
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding(54936).GetBytes("[units]\r\nname,aliases\r\n市政工程处,工程处\r\n[members]\r\nname,units\r\n张三,工程处:负责人\r\n"));
        var roster = RosterFiles.Read(path);
        Assert.Equal("市政工程处", roster.Units.Single().Name);
        Assert.Equal(("工程处", "负责人"), (roster.Members.Single().Units.Single().Unit, roster.Members.Single().Units.Single().Role));
    }

    [Fact]
    public void An_xlsx_without_a_members_sheet_is_refused()
    {
        var path = _dir.File("bad.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(path, new Dictionary<string, object> { ["units"] = new[] { new Dictionary<string, object> { ["name"] = "A科" } } });
        var e = Assert.Throws<RosterFileException>(() => RosterFiles.Read(path));
        Assert.Contains("no sheet named 'members'", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused()
    {
        var path = _dir.File("bad.xlsx");
        File.WriteAllText(path, "not a zip");
        Assert.Contains("not a readable .xlsx", Assert.Throws<RosterFileException>(() => RosterFiles.Read(path)).Message);
    }

    private static string Json(RosterDocument d) => JsonSerializer.Serialize(d);
}
