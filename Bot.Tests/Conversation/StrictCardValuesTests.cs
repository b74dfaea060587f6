using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Progress;

namespace ChatBot.Bot.Tests.Conversation;

/// <summary>Numbers on cards are strict: anything but a positive integer is "this button is no longer valid", and nothing changes.</summary>
public sealed class StrictCardValuesTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private Member _office = null!, _head = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _office = _f.Store.Roster.Member("m007");
        _head = _f.Member(m => m.HasRole("szgc", UnitRole.Head));
        RelayWorld.Meeting(_f.Store, "mt1", units: ["szgc"], channel: null);
        foreach (var n in new[] { 1, 2 }) RelayWorld.Assign(_f.Store, "mt1", "szgc", n, $"第{n}项任务", new DateOnly(2026, 12, 31));
        _f.Store.Write(s =>
        {
            var a = s.Lite().Assignments.FindOne(x => x.Number == 1);
            a.Status = AssignmentStatus.CheckOffRequested;
            s.Items.Update(a);
        });
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private List<JsonObject> RepliesTo(Member m) =>
        _f.Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{m.Id}").ToList();

    private async Task<string> PressAsync(Member m, JsonObject value)
    {
        var before = RepliesTo(m).Count;
        var activity = Activities.Message(_f.Connector.ServiceUrl, $"29:{m.Id}", "", "zh-CN", m.AadObjectId);
        activity.Remove("text");
        activity["value"] = value;
        (await _f.Http.PostAsync(_f.Bot.BaseUrl, activity)).EnsureSuccessStatusCode();
        var until = Environment.TickCount64 + 10_000;
        while (RepliesTo(m).Count <= before && Environment.TickCount64 < until) await Task.Delay(20);
        var reply = RepliesTo(m).Last();
        return (reply["text"]?.GetValue<string>() ?? "") + (Activities.CardText(reply) ?? "");
    }

    // A Teams account bound to its member on a first turn is audited too, and is no change of the items.
    private string State() => string.Join(",", _f.Store.Lite().Assignments.FindAll().OrderBy(a => a.Number).Select(a => $"{a.Number}:{a.Status}:{a.Percent}"))
        + $"|{_f.Store.Lite().Audit.Count(a => a.Action != "roster.bound")}|{_f.Store.Lite().ProgressReports.Count()}|{_f.Store.Lite().CheckOffs.Count()}";

    public static TheoryData<string> LooseNumbers() =>
    [
        "-1", "0", "1.5", "\"2abc9\"", "\"-1\"", "\"1.0\"", "\" 1\"", "\"\"", "null", "true", "[1]", "{\"n\":1}",
        "99999999999999999999", "1e400", "\"１\"", "2147483648",
    ];

    [Theory]
    [MemberData(nameof(LooseNumbers))]
    public async Task A_loose_item_number_on_a_button_changes_nothing(string item)
    {
        var before = State();
        var node = JsonNode.Parse(item);

        Assert.Contains("按钮已失效", await PressAsync(_office, new JsonObject { ["verb"] = CheckOffDecisionCapability.Approve.Name, ["item"] = node?.DeepClone() }));
        Assert.Contains("按钮已失效", await PressAsync(_head, new JsonObject { ["verb"] = ProgressCapability.Report.Name, ["item"] = node?.DeepClone(), ["text"] = "已完成", ["form"] = true }));
        Assert.Contains("按钮已失效", await PressAsync(_head, new JsonObject { ["verb"] = CheckOffRequestCapability.Request.Name, ["item"] = node?.DeepClone(), ["note"] = "已完成", ["form"] = true }));

        Assert.Equal(before, State());
    }

    [Fact]
    public async Task A_positive_integer_as_a_number_or_a_string_of_digits_acts()
    {
        await PressAsync(_head, new JsonObject { ["verb"] = ProgressCapability.Report.Name, ["item"] = "2", ["text"] = "已开工", ["percent"] = 10, ["form"] = true });
        Assert.Equal(10, _f.Store.Lite().Assignments.FindOne(a => a.Number == 2).Percent);

        await PressAsync(_office, new JsonObject { ["verb"] = CheckOffDecisionCapability.Approve.Name, ["item"] = 1 });
        Assert.Equal(AssignmentStatus.Closed, _f.Store.Lite().Assignments.FindOne(a => a.Number == 1).Status);
    }

    [Fact]
    public async Task A_verb_or_paging_value_of_the_wrong_type_is_an_invalid_button()
    {
        Assert.Contains("按钮已失效", await PressAsync(_office, new JsonObject { ["verb"] = 12 }));
        Assert.Contains("按钮已失效", await PressAsync(_office, new JsonObject { ["verb"] = OpenItemsCapability.OpenItems.Name, ["from"] = "2abc9" }));
        Assert.Contains("按钮已失效", await PressAsync(_office, new JsonObject { ["verb"] = "intakePage", ["draftId"] = 5, ["page"] = "x" }));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("\"007\"", 7)]
    [InlineData("3.0", 3)]
    [InlineData("\"12\"", 12)]
    [InlineData("-3", null)]
    [InlineData("0", null)]
    [InlineData("\"3 \"", null)]
    [InlineData("\"３\"", null)]
    [InlineData("1000001", null)]
    public void The_one_reader_of_card_numbers(string json, int? expected)
    {
        var data = new JsonObject { ["item"] = JsonNode.Parse(json) };
        var read = CardValues.Number(data, "item");
        Assert.True(read.Present);
        Assert.Equal(expected, read.Value);
        Assert.False(CardValues.Number(new JsonObject(), "item").Present);
    }
}
