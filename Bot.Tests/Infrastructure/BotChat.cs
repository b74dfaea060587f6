using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// Talking to the running bot as members of the roster: type, press a card's button, send files, and wait for
/// what reaches a member's 1:1 chat on the fake connector. One copy for the loop tests that need them.
/// </summary>
public static class BotChat
{
    public static Task<HttpResponseMessage> PressAsync(this BotFixture f, Member member, JsonObject value, string locale = "zh-CN")
    {
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{member.Id}", "", locale, member.AadObjectId);
        activity.Remove("text");
        activity["value"] = value.DeepClone();
        return f.Http.PostAsync(f.Bot.BaseUrl, activity);
    }

    /// <summary>Text with Teams file uploads attached (1:1 chat: application/vnd.microsoft.teams.file.download.info).</summary>
    public static Task<HttpResponseMessage> SendFilesAsync(this BotFixture f, Member member, string text, params (string Name, string FileType)[] files)
    {
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{member.Id}", text, "zh-CN", member.AadObjectId);
        activity["attachments"] = new JsonArray(files.Select(x => (JsonNode)new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = x.Name,
            ["content"] = new JsonObject { ["downloadUrl"] = $"https://files.example/{Uri.EscapeDataString(x.Name)}", ["fileType"] = x.FileType, ["uniqueId"] = Guid.NewGuid().ToString() },
        }).ToArray());
        return f.Http.PostAsync(f.Bot.BaseUrl, activity);
    }

    public static List<JsonObject> SentTo(this BotFixture f, Member m) =>
        f.Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{m.Id}").ToList();

    /// <summary>The messages after the first <paramref name="before"/> once there are <paramref name="count"/> of them (at most 15 s).</summary>
    public static async Task<List<JsonObject>> WaitForNewAsync(this BotFixture f, Member m, int before, int count = 1)
    {
        var until = Environment.TickCount64 + 15_000;
        while (f.SentTo(m).Count < before + count && Environment.TickCount64 < until) await Task.Delay(20);
        var got = f.SentTo(m).Skip(before).ToList();
        Assert.True(got.Count >= count, $"{m.Name} got {got.Count} of {count} message(s) within 15 s");
        return got;
    }

    /// <summary>Says <paramref name="text"/> and returns the first reply to it (replyToId: not a message sent unasked meanwhile).</summary>
    public static async Task<JsonObject> AskAsync(this BotFixture f, Member m, string text, string locale = "zh-CN")
    {
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{m.Id}", text, locale, m.AadObjectId);
        var id = activity["id"]!.GetValue<string>();
        await f.Http.PostAsync(f.Bot.BaseUrl, activity);
        var until = Environment.TickCount64 + 15_000;
        while (Environment.TickCount64 < until)
        {
            if (f.SentTo(m).FirstOrDefault(a => a["replyToId"]?.GetValue<string>() == id) is { } reply) return reply;
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException($"{m.Name} got no reply to \"{text}\" within 15 s");
    }

    public static string TextOf(JsonObject activity) => activity["text"]?.GetValue<string>() ?? Activities.CardText(activity) ?? "";

    /// <summary>The data of the first Action.Submit with this verb anywhere in the node (a card, an activity), as a copy to fill in.</summary>
    public static JsonObject? FindSubmit(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" && o["data"]?["verb"]?.GetValue<string>() == verb => o["data"]!.DeepClone().AsObject(),
        JsonObject o => o.Select(p => p.Value is null ? null : FindSubmit(p.Value, verb)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(x => x is null ? null : FindSubmit(x, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
