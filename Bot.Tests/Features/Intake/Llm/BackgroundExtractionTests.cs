using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Features.Intake.Chat;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Bot.Tests.Llm;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Bot.Tests.Features.Intake.Llm;

/// <summary>
/// The bot as deployed with a model (the real OpenAI client against the loopback stub): extraction is
/// bounded by Intake:Llm:CallTimeout, not by the chat turn's Llm:TimeoutSeconds, and runs in the
/// background — the office hears "正在分析…" at once and the review card follows through the outbox.
/// </summary>
public sealed class BackgroundExtractionTests : IAsyncLifetime
{
    private const string Channel = "19:office-llm@thread.tacv2";
    private OpenAiStub _stub = null!;
    private BotFixture _f = null!;

    public async Task InitializeAsync()
    {
        _stub = await OpenAiStub.StartAsync();
        var settings = LlmTestHost.StubSettings("OpenAI", _stub, timeoutSeconds: 1, maxRetries: 0);
        settings["Intake:Llm:CallTimeout"] = "00:00:20";
        _f = await BotFixture.StartAsync(settings, services =>
            // Understanding is not under test: the rules read the chat, so every model call is an extraction.
            services.Replace(ServiceDescriptor.Singleton<IIntentRecognizer>(sp => new RuleIntentRecognizer(sp.GetRequiredService<BureauClock>()))));
    }

    public async Task DisposeAsync()
    {
        await _f.DisposeAsync();
        await _stub.DisposeAsync();
    }

    /// <summary>A model that takes longer than a chat turn's limit (1 s here) and then answers as the rules read the text.</summary>
    private void SlowModel(string text, int delayMs = 2500)
    {
        var answer = ModelJson.AsModel(new RuleExtractor().Extract(text, IntakeFixtures.Roster, IntakeFixtures.Ref));
        _stub.Then(async context =>
        {
            await Task.Delay(delayMs, context.RequestAborted);
            await StubResponses.Answer(answer)(context);
        });
    }

    [Fact]
    public async Task Extraction_is_bounded_by_its_own_timeout_not_the_chat_turns()
    {
        // The chat turn's client gives up after its 1 s…
        SlowModel(IntakeChat.Minutes);
        await Assert.ThrowsAsync<TimeoutException>(() => _f.Bot.Get<IChatClient>().GetResponseAsync("第1条 截止 12月10日"));
        // …the extraction's client waits for the same slow model.
        SlowModel(IntakeChat.Minutes);
        var extractor = _f.Bot.Get<IMeetingExtractor>();
        Assert.True(extractor.RunsInBackground);

        var outcome = await extractor.ExtractAsync(IntakeChat.Minutes, IntakeFixtures.Roster, IntakeFixtures.Ref, CancellationToken.None);

        Assert.False(outcome.ByRules, outcome.FallbackReason);
        Assert.Equal(2, _stub.Requests.Count);
        Assert.Contains(outcome.Result.Directives, d => d.Owners.Contains("市政工程处"));
    }

    [Fact]
    public async Task A_model_slower_than_the_call_timeout_falls_back_to_the_rules()
    {
        await using var stub = await OpenAiStub.StartAsync();
        var settings = LlmTestHost.StubSettings("OpenAI", stub, timeoutSeconds: 30, maxRetries: 0);
        settings["Intake:Llm:CallTimeout"] = "00:00:01";
        await using var f = await BotFixture.StartAsync(settings);
        stub.Then(StubResponses.Hang());

        var outcome = await f.Bot.Get<IMeetingExtractor>().ExtractAsync(IntakeChat.Minutes, IntakeFixtures.Roster, IntakeFixtures.Ref, CancellationToken.None);

        Assert.True(outcome.ByRules);
        Assert.Equal("timeout", outcome.FallbackReason);
        Assert.NotEmpty(outcome.Result.Directives);
    }

    [Fact]
    public async Task The_office_hears_analysing_at_once_and_gets_the_card_from_the_outbox()
    {
        var office = _f.Store.Roster.Member("m007");
        await _f.Http.PostAsync(_f.Bot.BaseUrl, Activities.Message(_f.Connector.ServiceUrl, $"29:{office.Id}", "帮助", aadObjectId: office.AadObjectId, conversationId: Channel, conversationType: "channel"));
        await _f.Connector.WaitForActivitiesAsync(1);
        SlowModel(IntakeChat.Minutes);

        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl, Activities.Message(_f.Connector.ServiceUrl, $"29:{office.Id}", IntakeChat.Minutes,
            aadObjectId: office.AadObjectId, conversationId: Channel, conversationType: "channel"));
        response.EnsureSuccessStatusCode();
        // The turn has answered (its reply is sent before the HTTP answer) while the model is still reading.
        Assert.Contains(InChannel(), a => RelayText(a).Contains("正在分析"));
        Assert.DoesNotContain(InChannel(), a => RelayText(a).Contains("会议事项提取 · 待审核"));
        Assert.Equal(0, _f.Store.Meetings.All().Count());

        // Edits before the card arrives are asked to wait.
        await _f.Http.PostAsync(_f.Bot.BaseUrl, Activities.Message(_f.Connector.ServiceUrl, $"29:{office.Id}", "第1条 截止 12月10日",
            aadObjectId: office.AadObjectId, conversationId: Channel, conversationType: "channel"));
        Assert.Contains(InChannel(), a => RelayText(a).Contains("还在分析中"));

        await _f.Bot.Get<IntakeFeature>().Analyses;
        var until = Environment.TickCount64 + 15_000;
        while (!InChannel().Any(a => RelayText(a).Contains("会议事项提取 · 待审核")) && Environment.TickCount64 < until) await Task.Delay(50);
        var card = InChannel().Last(a => RelayText(a).Contains("会议事项提取 · 待审核"));
        Assert.Null(card["replyToId"]); // proactive, through the outbox
        Assert.Contains("完成金南大道西延线工程进度核查", RelayText(card));
        Assert.DoesNotContain("本次使用规则提取", RelayText(card));
        Assert.Equal(0, _f.Store.Meetings.All().Count());
    }

    private List<System.Text.Json.Nodes.JsonObject> InChannel() =>
        _f.Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == Channel).ToList();

    private static string RelayText(System.Text.Json.Nodes.JsonObject a) => Relay.RelayFixture.Text(a);
}
