using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;

namespace ChatBot.Bot.Tests.Channel.Robustness;

/// <summary>
/// Malformed activities get 400 with a short reason (never 500), change nothing, and leave the bot
/// answering the next well-formed activity.
/// </summary>
public class MalformedActivityTests : IAsyncLifetime
{
    private BotFixture _f = null!;

    public async Task InitializeAsync() => _f = await BotFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    private JsonObject Message(string text = "帮助")
    {
        var member = _f.Member(m => !m.IsOffice);
        return Activities.Message(_f.Connector.ServiceUrl, $"29:{member.Id}", text, aadObjectId: member.AadObjectId);
    }

    private JsonObject Invoke(JsonNode? value)
    {
        var a = Message();
        a.Remove("text");
        a["type"] = "invoke";
        a["name"] = "adaptiveCard/action";
        a["value"] = value;
        return a;
    }

    private JsonObject WithFile(JsonNode? content)
    {
        var a = Message("");
        a["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = "纪要.txt",
            ["content"] = content,
        });
        return a;
    }

    private JsonObject BotAdded(string type, string conversationId)
    {
        var a = Activities.Message(_f.Connector.ServiceUrl, "29:installer", "", conversationId: conversationId);
        a.Remove("text");
        a["type"] = type;
        if (type == "installationUpdate") a["action"] = "add";
        else a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        return a;
    }

    private async Task<string> RefusedAsync(JsonObject activity)
    {
        var addresses = _f.Store.Lite().Addresses.Count();
        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
        var reason = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {reason}");
        Assert.Equal(addresses, _f.Store.Lite().Addresses.Count());
        return reason;
    }

    /// <summary>After a refusal the bot still answers a well-formed message.</summary>
    private async Task StillAnswersAsync()
    {
        var before = _f.Connector.SentActivities().Count;
        Assert.Equal(HttpStatusCode.OK, (await _f.Http.PostAsync(_f.Bot.BaseUrl, Message())).StatusCode);
        Assert.True((await _f.Connector.WaitForActivitiesAsync(before + 1)).Count > before);
    }

    [Theory]
    [InlineData("\"approve\"")]
    [InlineData("[1,2,3]")]
    [InlineData("42")]
    public async Task An_invoke_whose_value_is_not_an_object_gets_400(string value)
    {
        Assert.Contains("'value' must be an object", await RefusedAsync(Invoke(JsonNode.Parse(value))));
        await StillAnswersAsync();
    }

    [Theory]
    [InlineData("7")]
    [InlineData("[\"help\"]")]
    [InlineData("{\"x\":1}")]
    public async Task An_invoke_whose_verb_is_not_a_string_gets_400(string verb)
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = JsonNode.Parse(verb) } };
        Assert.Contains("verb' must be a string", await RefusedAsync(Invoke(value)));
        await StillAnswersAsync();
    }

    [Theory]
    [InlineData("\"https://files.example/纪要.txt\"")]
    [InlineData("[\"a\",\"b\"]")]
    public async Task A_file_attachment_whose_content_is_not_an_object_is_reported_as_a_bad_attachment(string content)
    {
        Assert.Contains("is a file without a 'content' object", await RefusedAsync(WithFile(JsonNode.Parse(content))));
        await StillAnswersAsync();
    }

    [Theory]
    [InlineData("downloadUrl")]
    [InlineData("fileType")]
    public async Task A_file_attachment_with_a_number_for_a_string_field_is_reported(string field)
    {
        var content = new JsonObject { ["downloadUrl"] = "http://127.0.0.1:9/x.txt", ["fileType"] = "txt" };
        content[field] = 12345;
        Assert.Contains($"'content.{field}' must be a string", await RefusedAsync(WithFile(content)));
        await StillAnswersAsync();
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("\"tenant-as-a-string\"")]
    public async Task ChannelData_tenant_that_is_not_an_object_gets_400(string tenant)
    {
        var a = Message();
        ((JsonObject)a["conversation"]!).Remove("tenantId");
        a["channelData"] = new JsonObject { ["tenant"] = JsonNode.Parse(tenant) };
        Assert.Contains("'channelData.tenant' must be an object", await RefusedAsync(a));
        await StillAnswersAsync();
    }

    [Theory]
    [InlineData("id", 5_000)]
    [InlineData("id", 100_000)]
    [InlineData("conversation.id", 5_000)]
    [InlineData("conversation.id", 100_000)]
    [InlineData("from.id", 5_000)]
    [InlineData("from.id", 100_000)]
    [InlineData("from.aadObjectId", 20_000)]
    [InlineData("recipient.id", 20_000)]
    [InlineData("channelId", 20_000)]
    public async Task Ids_far_longer_than_any_real_id_are_refused_before_they_reach_an_index(string field, int length)
    {
        var a = Message();
        var path = field.Split('.');
        var target = path.Length == 1 ? a : (JsonObject)a[path[0]]!;
        target[path[^1]] = new string('7', length);
        Assert.Contains($"'{field}' is longer than", await RefusedAsync(a));
        Assert.True(_f.Store.IsReachable());
        await StillAnswersAsync();
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("installationUpdate")]
    public async Task A_bot_added_update_without_serviceUrl_gets_400_and_the_next_valid_install_is_welcomed(string type)
    {
        var broken = BotAdded(type, "a:install-chat");
        broken.Remove("serviceUrl");
        Assert.Contains("'serviceUrl' is required", await RefusedAsync(broken));
        Assert.Equal(0, _f.Store.Lite().Collection<LiteDB.BsonDocument>("welcomed").Count());

        Assert.Equal(HttpStatusCode.OK, (await _f.Http.PostAsync(_f.Bot.BaseUrl, BotAdded(type, "a:install-chat"))).StatusCode);
        var welcome = Assert.Single(await _f.Connector.WaitForActivitiesAsync(1));
        Assert.Contains("我是督办助手", Activities.CardText(welcome));
    }

    [Theory]
    [InlineData("message", "")]
    [InlineData("message", "   ")]
    [InlineData("conversationUpdate", "")]
    [InlineData("installationUpdate", " ")]
    public async Task A_sender_with_a_blank_id_gets_400_so_no_reply_is_addressed_to_nobody(string type, string id)
    {
        var activity = type == "message" ? Message() : BotAdded(type, "a:blank-sender");
        activity["from"] = new JsonObject { ["id"] = id, ["name"] = "无名" };
        Assert.Contains("'from.id'", await RefusedAsync(activity));
        await StillAnswersAsync();
    }

    [Fact]
    public async Task A_reply_names_the_sender_without_echoing_the_extra_properties_they_sent()
    {
        var activity = Message();
        activity["from"]!["email"] = new JsonObject { ["padding"] = new string('9', 60_000) };
        Assert.Equal(HttpStatusCode.OK, (await _f.Http.PostAsync(_f.Bot.BaseUrl, activity)).StatusCode);
        var reply = Assert.Single(await _f.Connector.WaitForActivitiesAsync(1));
        var recipient = reply["recipient"]!.AsObject();
        Assert.Equal(activity["from"]!["id"]!.GetValue<string>(), recipient["id"]!.GetValue<string>());
        Assert.Null(recipient["email"]);
        Assert.True(reply.ToJsonString().Length < 20_000, $"the reply is {reply.ToJsonString().Length} characters");
    }

    [Fact]
    public async Task A_body_that_starts_with_a_utf8_byte_order_mark_is_accepted()
    {
        var json = Encoding.UTF8.GetBytes(Message().ToJsonString());
        var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. json]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl + "/api/messages", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("督办助手能为您做什么", Activities.CardText((await _f.Connector.WaitForActivitiesAsync(1)).Single()));
    }
}
