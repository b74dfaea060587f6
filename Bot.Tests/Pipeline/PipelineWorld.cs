using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Bot.Tests.Pipeline;

/// <summary>Counts the pipeline's member resolutions while resolving with the real roster matcher.</summary>
public sealed class CountingResolver(IMemberResolver inner) : IMemberResolver
{
    private int _resolutions;
    public int Resolutions => Volatile.Read(ref _resolutions);

    public Member? Resolve(TeamsAccount account, DateTimeOffset at, string? activityId)
    {
        Interlocked.Increment(ref _resolutions);
        return inner.Resolve(account, at, activityId);
    }

    public Member? Match(TeamsAccount account, DateTimeOffset at, string? activityId)
    {
        Interlocked.Increment(ref _resolutions);
        return inner.Match(account, at, activityId);
    }
}

/// <summary>A running bot (real Kestrel, real LiteDB file) whose member resolutions and store commits are counted.</summary>
public static class PipelineWorld
{
    public static async Task<(BotFixture Fixture, Func<CountingResolver> Resolver)> StartAsync()
    {
        CountingResolver? counting = null;
        var f = await BotFixture.StartAsync(services: s => s.Replace(ServiceDescriptor.Singleton<IMemberResolver>(sp =>
            counting = new CountingResolver(new RosterMemberResolver(sp.GetRequiredService<IStore>())))));
        return (f, () => counting ?? throw new InvalidOperationException("the member resolver was never asked for"));
    }

    /// <summary>A 帮助 message from <paramref name="member"/> as Teams sends it to the benchmark: expectReplies, its own id.</summary>
    public static JsonObject HelpExpectingReplies(BotFixture f, Member member, string? channelUserId = null)
    {
        var activity = Activities.Message(f.Connector.ServiceUrl, channelUserId ?? $"29:{member.Id}", "帮助", "zh-CN", member.AadObjectId);
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    /// <summary>The replies in an expectReplies answer (none when the body is empty).</summary>
    public static async Task<JsonArray> RepliesAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text)?["activities"]?.AsArray() ?? [];
    }

    /// <summary>
    /// Waits (bounded) until nothing commits to the store for a moment, so that commits counted next are
    /// the turn's own and not a start-up pass finishing.
    /// </summary>
    public static async Task QuietAsync(IStore store)
    {
        var until = Environment.TickCount64 + 10_000;
        var last = store.Commits;
        var stableSince = Environment.TickCount64;
        while (Environment.TickCount64 < until)
        {
            await Task.Delay(50);
            if (store.Commits != last) (last, stableSince) = (store.Commits, Environment.TickCount64);
            else if (Environment.TickCount64 - stableSince >= 400) return;
        }
        throw new TimeoutException("the store kept committing for 10 s with no turn running");
    }
}
