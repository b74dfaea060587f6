using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Features.OpenItems;

/// <summary>A 200-item 我的待办 over HTTP: every page the channel receives is under Teams' 28 KB, and 下一页 walks all of them once.</summary>
public sealed class OpenItemsPagingTests : IAsyncLifetime
{
    private const int TeamsLimitBytes = 28 * 1024;
    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private BotFixture _f = null!;

    public async Task InitializeAsync() => _f = await BotFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Two_hundred_items_page_through_under_28_KB_each()
    {
        var units = _f.Store.Roster.Units().ToList();
        var today = new DateOnly(2026, 11, 27);
        // Long task texts, as real directives are.
        var task = "局属各单位要迅速召开班子会议、干部职工大会，对今天的会议迅速传达贯彻落实，务必要落实专人跟进，确保各项工作任务按期保质完成并及时报送进展情况";
        _f.Store.Write(s => s.Lite().Assignments.InsertBulk(Enumerable.Range(1, 200).Select(n => new Assignment
        {
            Id = $"a{n}", Number = n, DirectiveId = $"d{n}", MeetingId = "mt1", UnitId = units[n % units.Count].Id,
            Task = $"{n}. {task}", Due = n % 7 == 0 ? null : today.AddDays(n % 11 - 4), Status = AssignmentStatus.Dispatched,
        })));
        var office = _f.Member(m => m.IsOffice);

        await _f.SayAsync(office, "我的待办");
        var seen = new List<int>();
        for (var page = 1; page < 40; page++)
        {
            var activity = (await _f.Connector.WaitForActivitiesAsync(page)).Last();
            var bytes = Encoding.UTF8.GetByteCount(activity.ToJsonString(Wire));
            Assert.True(bytes < TeamsLimitBytes, $"page {page} is {bytes} bytes");
            var text = Activities.CardText(activity)!;
            seen.AddRange(Regex.Matches(text, @"\*\*第(\d+)条\*\*").Select(m => int.Parse(m.Groups[1].Value)));
            var next = NextPage(activity["attachments"]![0]!["content"]!);
            if (next is null) break;
            var press = Activities.Message(_f.Connector.ServiceUrl, $"29:{office.Id}", "", aadObjectId: office.AadObjectId);
            press.Remove("text");
            press["value"] = next;
            await _f.Http.PostAsync(_f.Bot.BaseUrl, press);
        }
        Assert.Equal(200, seen.Count);
        Assert.Equal(Enumerable.Range(1, 200), seen.Order());
    }

    private static JsonObject? NextPage(JsonNode card) =>
        (card["actions"] as JsonArray)?.Select(a => a!["data"]).OfType<JsonObject>().FirstOrDefault(d => d["verb"]?.GetValue<string>() == "openItems")?.DeepClone().AsObject();
}
