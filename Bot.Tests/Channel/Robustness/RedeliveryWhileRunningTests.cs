using System.Net;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatBot.Dialogs.Features.Help;

namespace ChatBot.Bot.Tests.Channel.Robustness;

/// <summary>Teams resends an activity whose turn is still running: the redelivery is answered, the turn runs once.</summary>
public class RedeliveryWhileRunningTests
{
    /// <summary>Understands every message as 帮助, but only once the test opens the gate.</summary>
    private sealed class GatedRecognizer : IIntentRecognizer
    {
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Calls;

        public async Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct)
        {
            Interlocked.Increment(ref Calls);
            await Gate.Task.WaitAsync(ct);
            return Intent.Of(HelpCapability.Help);
        }
    }

    [Fact]
    public async Task A_redelivery_while_the_turn_runs_is_answered_and_the_turn_runs_once()
    {
        var recognizer = new GatedRecognizer();
        await using var f = await BotFixture.StartAsync(
            new Dictionary<string, string?> { ["Channel:AcknowledgeSeconds"] = "0.5", ["Channel:TypingAfterMilliseconds"] = "10000" },
            services => services.Replace(ServiceDescriptor.Singleton<IIntentRecognizer>(recognizer)));
        var member = f.Member(m => !m.IsOffice);
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{member.Id}", "帮助", aadObjectId: member.AadObjectId);

        Assert.Equal(HttpStatusCode.OK, (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).StatusCode);
        Assert.Empty(f.Connector.SentActivities());

        recognizer.Gate.SetResult();
        var reply = Assert.Single(await f.Connector.WaitForActivitiesAsync(1, 30_000));
        Assert.Contains("督办助手能为您做什么", Activities.CardText(reply));
        Assert.Equal(1, recognizer.Calls);

        // Done now: a third delivery changes nothing either.
        Assert.Equal(HttpStatusCode.OK, (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).StatusCode);
        await f.Connector.WaitForActivitiesAsync(2, 1000);
        Assert.Single(f.Connector.SentActivities());
    }
}
