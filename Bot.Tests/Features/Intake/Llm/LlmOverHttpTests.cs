using ChatBot.Bot.Tests.Llm;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Llm;

namespace ChatBot.Bot.Tests.Features.Intake.Llm;

/// <summary>The real Azure.AI.OpenAI client (as the bot builds it) against the loopback OpenAI-compatible stub.</summary>
public class LlmOverHttpTests
{
    [Fact]
    public async Task The_azure_client_sends_the_json_schema_and_its_answer_is_used()
    {
        await using var stub = await OpenAiStub.StartAsync();
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings("AzureOpenAI", stub, timeoutSeconds: 10, maxRetries: 0));
        var speech = IntakeFixtures.Sample;
        // A model that answers every piece with the whole meeting's items: merged by source, each once.
        var rules = new RuleExtractor().Extract(speech, IntakeFixtures.Roster, IntakeFixtures.Ref);
        var pieces = SectionSplitter.Split(speech, new LlmExtractionOptions().MaxCharsPerCall).Count;
        for (var i = 0; i < pieces; i++) stub.Then(StubResponses.Answer(ModelJson.AsModel(rules)));

        var outcome = await new LlmMeetingExtractor(host.ChatClient, new ExtractionOptions(), new LlmExtractionOptions())
            .ExtractAsync(speech, IntakeFixtures.Roster, IntakeFixtures.Ref, CancellationToken.None);

        Assert.False(outcome.ByRules, outcome.FallbackReason);
        Assert.NotEmpty(outcome.Result.Directives);
        Assert.All(outcome.Result.Directives, d => Assert.Contains(d.Source, speech));
        Assert.Equal(rules.Directives.Select(d => d.Source), outcome.Result.Directives.Select(d => d.Source));
        Assert.Equal(pieces, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Contains("\"json_schema\"", r.Body));
        Assert.Contains("meeting_extraction", stub.Requests[0].Body);
    }

    [Fact]
    public async Task A_server_error_over_http_falls_back_to_the_rules()
    {
        await using var stub = await OpenAiStub.StartAsync();
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings("OpenAI", stub, timeoutSeconds: 5, maxRetries: 0));
        stub.Then(StubResponses.Status(500));

        var outcome = await new LlmMeetingExtractor(host.ChatClient, new ExtractionOptions(), new LlmExtractionOptions())
            .ExtractAsync(IntakeFixtures.Sample, IntakeFixtures.Roster, IntakeFixtures.Ref, CancellationToken.None);

        Assert.True(outcome.ByRules);
        Assert.NotNull(outcome.FallbackReason);
        Assert.NotEmpty(outcome.Result.Directives);
    }
}
