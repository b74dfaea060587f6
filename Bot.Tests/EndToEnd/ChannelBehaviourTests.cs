using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatBot.Dialogs.Features.Help;

namespace ChatBot.Bot.Tests.EndToEnd;

/// <summary>Teams specifics of the pipeline: redelivery, welcome, Universal Actions, slow turns.</summary>
public class ChannelBehaviourTests
{
    [Fact]
    public async Task The_same_activity_delivered_twice_has_one_effect()
    {
        await using var f = await BotFixture.StartAsync();
        var member = f.Member(m => !m.IsOffice);
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{member.Id}", "帮助", aadObjectId: member.AadObjectId);
        Assert.Equal(HttpStatusCode.OK, (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).StatusCode);
        await f.Connector.WaitForActivitiesAsync(2, timeoutMs: 1000);
        Assert.Single(f.Connector.SentActivities());
    }

    [Fact]
    public async Task The_welcome_goes_out_once_per_installation()
    {
        await using var f = await BotFixture.StartAsync();
        JsonObject Install(string type)
        {
            var a = Activities.Message(f.Connector.ServiceUrl, "29:installer", "", conversationId: "a:installer-chat");
            a.Remove("text");
            a["type"] = type;
            if (type == "installationUpdate") a["action"] = "add";
            else a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
            return a;
        }
        await f.Http.PostAsync(f.Bot.BaseUrl, Install("installationUpdate"));
        await f.Http.PostAsync(f.Bot.BaseUrl, Install("conversationUpdate"));
        // The welcome goes out through the outbox: wait for it, then a little longer for a second one that must not come.
        await f.Connector.WaitForActivitiesAsync(1, timeoutMs: 15_000);
        await f.Connector.WaitForActivitiesAsync(2, timeoutMs: 1000);
        var welcome = Assert.Single(f.Connector.SentActivities());
        Assert.Contains("我是督办助手", Activities.CardText(welcome));
    }

    [Fact]
    public async Task A_universal_action_is_answered_synchronously_with_a_card()
    {
        await using var f = await BotFixture.StartAsync();
        var member = f.Member(m => !m.IsOffice);
        var invoke = Activities.Message(f.Connector.ServiceUrl, $"29:{member.Id}", "", aadObjectId: member.AadObjectId);
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help", ["data"] = new JsonObject() } };
        var response = await f.Http.PostAsync(f.Bot.BaseUrl, invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var asAttachment = new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = body["value"]!.DeepClone() }) };
        CardSink.Record(asAttachment, "invoke-response");
        Assert.Contains("督办助手能为您做什么", Activities.CardText(asAttachment));
    }

    private sealed class SlowRecognizer(TimeSpan delay) : IIntentRecognizer
    {
        public async Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct)
        {
            await Task.Delay(delay, ct);
            return Intent.Of(HelpCapability.Help);
        }
    }

    [Fact]
    public async Task A_slow_turn_shows_typing_is_acknowledged_in_time_and_its_reply_follows()
    {
        await using var f = await BotFixture.StartAsync(
            new Dictionary<string, string?> { ["Channel:AcknowledgeSeconds"] = "0.5", ["Channel:TypingAfterMilliseconds"] = "100" },
            services => services.Replace(ServiceDescriptor.Singleton<IIntentRecognizer>(new SlowRecognizer(TimeSpan.FromSeconds(1.5)))));
        var member = f.Member(m => !m.IsOffice);
        var response = await f.SayAsync(member, "帮助");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(f.Connector.SentActivities(), a => a["type"]!.GetValue<string>() == "message");

        var sent = await f.Connector.WaitForActivitiesAsync(2);
        Assert.Equal("typing", sent[0]["type"]!.GetValue<string>());
        Assert.Contains("督办助手能为您做什么", Activities.CardText(sent[1]));
    }
}
