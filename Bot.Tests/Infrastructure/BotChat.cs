using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// Beside <see cref="BotFixture"/>'s SayAsync/PressAsync/SentTo/WaitForNewAsync: send files as Teams does in a
/// 1:1 chat, and ask something and get the reply to it (not a message sent unasked meanwhile).
/// </summary>
public static class BotChat
{
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
}
