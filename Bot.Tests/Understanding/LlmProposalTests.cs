using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>The LLM proposes; the bot disposes: a change the model read out of a message waits for the person's 确认.</summary>
public class LlmProposalTests : IAsyncLifetime
{
    private readonly LlmHarness _llm = new();
    private BotFixture _f = null!;

    public async Task InitializeAsync()
    {
        // The model reads "确认" as a confirmation, "取消" as cancel, anything else as a request to pause reminders.
        _llm.Answers(call => Task.FromResult(call.Messages.Last().Text switch
        {
            var t when t.Contains("确认") => LlmHarness.ToolCall(EngineCapability.Confirm),
            var t when t.Contains("取消") => LlmHarness.ToolCall(EngineCapability.Cancel),
            _ => LlmHarness.ToolCall(PauseCapability.Pause, new { days = 3 }),
        }));
        _f = await BotFixture.StartAsync(services: s => s.Replace(ServiceDescriptor.Singleton<IIntentRecognizer>(_llm.Recognizer)));
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task A_change_proposed_by_the_model_happens_only_after_the_person_confirms()
    {
        var member = _f.Member(m => !m.IsOffice);
        await _f.SayAsync(member, "这几天别再提醒我了");
        var ask = (await _f.Connector.WaitForActivitiesAsync(1)).Last();
        Assert.Contains("我理解您要：暂停提醒", Activities.CardText(ask));
        Assert.Empty(_f.Store.Lite().ReminderPauses.FindAll());

        await _f.SayAsync(member, "确认");
        var done = (await _f.Connector.WaitForActivitiesAsync(2)).Last();
        Assert.Contains("不再向您推送提醒", done["text"]?.GetValue<string>() ?? Activities.CardText(done));
        Assert.Single(_f.Store.Lite().ReminderPauses.FindAll());
    }

    [Fact]
    public async Task Saying_something_else_drops_the_proposal()
    {
        var member = _f.Member(m => !m.IsOffice);
        await _f.SayAsync(member, "这几天别再提醒我了");
        await _f.Connector.WaitForActivitiesAsync(1);
        await _f.SayAsync(member, "取消");
        var reply = (await _f.Connector.WaitForActivitiesAsync(2)).Last();
        Assert.Contains("已取消", reply["text"]!.GetValue<string>());
        Assert.Empty(_f.Store.Lite().ReminderPauses.FindAll());
    }
}
