using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using CsCheck;
using Xunit.Abstractions;

namespace ChatBot.Bot.Tests.Channel.Robustness;

/// <summary>
/// Property: whatever a channel (or an attacker with a valid token) posts to /api/messages, the answer
/// is below 500, and the store still opens afterwards. CsCheck generates the activities: a well-formed
/// message, card action, install or file message with one to three fields replaced by arbitrary JSON
/// (wrong types, nested junk, ids of up to 100,000 characters), and bodies that are not JSON at all.
/// </summary>
public class ActivityFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 2000;

    /// <summary>Where a mutation lands ("/" separates path segments; numbers index arrays).</summary>
    private static readonly string[] Paths =
    [
        "type", "id", "serviceUrl", "channelId", "text", "locale", "timestamp", "deliveryMode", "name", "action", "replyToId",
        "from", "from/id", "from/aadObjectId", "from/name", "from/role", "from/email",
        "recipient", "recipient/id", "conversation", "conversation/id", "conversation/conversationType", "conversation/tenantId", "conversation/isGroup",
        "channelData", "channelData/tenant", "channelData/tenant/id",
        "value", "value/action", "value/action/verb", "value/action/data", "value/action/data/item", "value/verb", "value/item", "value/draftId",
        "attachments", "attachments/0", "attachments/0/content", "attachments/0/content/downloadUrl", "attachments/0/content/fileType",
        "attachments/0/contentType", "attachments/0/contentUrl", "attachments/0/name",
        "entities", "entities/0", "entities/0/mentioned", "entities/0/mentioned/id", "entities/0/text",
        "membersAdded", "membersAdded/0", "membersAdded/0/id", "membersRemoved",
    ];

    private static readonly string[] Keys = ["id", "type", "verb", "data", "action", "tenant", "downloadUrl", "fileType", "content", "text", "name", "item", "mentioned"];

    private static readonly string[] Interesting =
    [
        "", " ", "message", "invoke", "conversationUpdate", "installationUpdate", "adaptiveCard/action", "msteams",
        "expectReplies", "bot", "add", "remove", "29:unknown", "28:bot", "application/vnd.microsoft.teams.file.download.info",
        "http://127.0.0.1:9", "not a url", "\u0000", "第1条", "确认", "销号", "-1", "2abc9", "1e309", "<at>督办助手</at>",
    ];

    private static string Quote(string s) => JsonSerializer.Serialize(s);

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (2, Gen.Const("null")),
        (1, Gen.Bool.Select(b => b ? "true" : "false")),
        (2, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (3, Gen.String[0, 24].Select(Quote)),
        (3, Gen.Int[0, Interesting.Length - 1].Select(i => Quote(Interesting[i]))),
        (1, Gen.Int[5_000, 100_000].Select(n => Quote(new string('9', n)))));

    private static readonly Gen<string> Json = Gen.Recursive<string>((depth, inner) => depth >= 2 ? Scalar : Gen.Frequency(
        (6, Scalar),
        (1, inner.Array[0, 3].Select(items => "[" + string.Join(",", items) + "]")),
        (2, inner.Array[0, 3].SelectMany(values => Gen.Int[0, Keys.Length - 1].Array[values.Length].Select(keys =>
            "{" + string.Join(",", keys.Select((k, i) => (Key: Keys[k], Value: values[i])).DistinctBy(p => p.Key).Select(p => Quote(p.Key) + ":" + p.Value)) + "}")))));

    /// <summary>A case: which well-formed activity to start from, the mutations, and what happens to the body.</summary>
    private sealed record Case(int Base, (int Path, string Value, bool Remove)[] Mutations, int BodyTransform, int Cut)
    {
        public override string ToString() => $"base={Base} body={BodyTransform} " + string.Join("; ", Mutations.Select(m => $"{Paths[m.Path]}={(m.Remove ? "<removed>" : m.Value.Length > 80 ? m.Value[..80] + "…" : m.Value)}"));
    }

    private static readonly Gen<(int, string, bool)> Mutation =
        Gen.Int[0, Paths.Length - 1].SelectMany(path => Json.SelectMany(value => Gen.Int[0, 9].Select(r => (path, value, r == 0))));

    private static readonly Gen<Case> Cases_ =
        Gen.Int[0, 4].SelectMany(b => Mutation.Array[1, 3].SelectMany(ms => Gen.Int[0, 19].SelectMany(t => Gen.Int[0, 1000].Select(cut => new Case(b, ms, t, cut)))));

    private static JsonObject Base(int which, string serviceUrl, string knownUser, string? aad)
    {
        var a = Activities.Message(serviceUrl, which % 2 == 0 ? knownUser : "29:fuzz-stranger", "帮助", aadObjectId: which % 2 == 0 ? aad : null);
        switch (which)
        {
            case 1:
                a.Remove("text");
                a["type"] = "invoke";
                a["name"] = "adaptiveCard/action";
                a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help", ["data"] = new JsonObject() } };
                break;
            case 2:
                a["type"] = "conversationUpdate";
                a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
                break;
            case 3:
                a["type"] = "installationUpdate";
                a["action"] = "add";
                break;
            case 4:
                a["text"] = "";
                a["attachments"] = new JsonArray(new JsonObject
                {
                    ["contentType"] = "application/vnd.microsoft.teams.file.download.info", ["name"] = "x.txt",
                    ["content"] = new JsonObject { ["downloadUrl"] = "http://127.0.0.1:9/x.txt", ["fileType"] = "txt" },
                });
                break;
        }
        return a;
    }

    private static void Apply(JsonObject activity, string path, string value, bool remove)
    {
        var segments = path.Split('/');
        JsonNode node = activity;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var next = Child(node, segments[i]);
            if (next is null || (int.TryParse(segments[i + 1], out _) ? next is not JsonArray : next is not JsonObject))
            {
                next = int.TryParse(segments[i + 1], out _) ? new JsonArray(new JsonObject()) : new JsonObject();
                Set(node, segments[i], next);
            }
            node = next;
        }
        if (remove) { if (node is JsonObject o) o.Remove(segments[^1]); }
        else Set(node, segments[^1], JsonNode.Parse(value));
    }

    private static JsonNode? Child(JsonNode node, string segment) => node switch
    {
        JsonObject o => o[segment],
        JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i],
        _ => null,
    };

    private static void Set(JsonNode node, string segment, JsonNode? value)
    {
        if (node is JsonObject o) o[segment] = value;
        else if (node is JsonArray a && int.TryParse(segment, out var i))
        {
            while (a.Count <= i) a.Add(new JsonObject());
            a[i] = value;
        }
    }

    private static byte[] Body(Case c, JsonObject activity)
    {
        var json = Encoding.UTF8.GetBytes(activity.ToJsonString());
        return c.BodyTransform switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. json],                                   // a byte order mark
            1 => json[..Math.Min(json.Length, c.Cut)],                             // cut off
            2 => Encoding.UTF8.GetBytes("[" + activity.ToJsonString() + "]"),      // an array, not an object
            3 => [],                                                               // empty
            4 => [0xFF, 0xFE, .. json],                                            // not UTF-8
            _ => json,
        };
    }

    [Fact]
    public async Task Thousands_of_malformed_activities_get_no_5xx_and_the_store_still_opens()
    {
        await using var f = await BotFixture.StartAsync();
        var known = f.Member(m => !m.IsOffice);
        var statuses = new ConcurrentDictionary<int, int>();
        var serverErrors = new ConcurrentQueue<string>();
        var run = 0;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        // After the first failure every later case passes at once: the failure is reported as found, and a
        // bot that stopped answering costs one timeout, not a shrinking search of thousands of timeouts.
        var failed = 0;
        await Check.SampleAsync(Cases_, async c =>
        {
            if (Volatile.Read(ref failed) > 0) return;
            var activity = Base(c.Base, f.Connector.ServiceUrl, $"29:{known.Id}", known.AadObjectId);
            activity["id"] = $"fuzz-{Interlocked.Increment(ref run)}";
            foreach (var (path, value, remove) in c.Mutations) Apply(activity, Paths[path], value, remove);
            using var content = new ByteArrayContent(Body(c, activity));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            // Every answer comes within the acknowledgement window (10 s); no answer at all counts as a failure too.
            HttpResponseMessage response;
            try { response = await http.PostAsync(f.Bot.BaseUrl + "/api/messages", content); }
            catch (TaskCanceledException) { Interlocked.Increment(ref failed); throw new TimeoutException($"no answer in 20 s for {c}"); }
            using var _ = response;
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500) { serverErrors.Enqueue($"{status}: {c}"); Interlocked.Increment(ref failed); }
            Assert.True(status < 500, $"{status} for {c}");
        }, iter: Cases, threads: 2);

        output.WriteLine($"fuzz cases={run} " + string.Join(" ", statuses.OrderBy(s => s.Key).Select(s => $"http{s.Key}={s.Value}")) + $" 5xx={serverErrors.Count}");
        Assert.Empty(serverErrors);

        // The store survived: the bot restarts on it and answers.
        await f.RestartAsync();
        Assert.True(f.Store.IsReachable());
        Assert.True(f.Store.Roster.UnitCount() > 0);
        Assert.Equal(HttpStatusCode.OK, (await f.Http.GetAsync(f.Bot.BaseUrl + "/healthz")).StatusCode);
    }
}
