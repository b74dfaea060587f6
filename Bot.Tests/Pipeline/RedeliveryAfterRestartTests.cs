using ChatBot.Bot.Tests.Infrastructure;
using static ChatBot.Bot.Tests.Pipeline.PipelineWorld;

namespace ChatBot.Bot.Tests.Pipeline;

/// <summary>
/// The dedupe claim lives in memory while a turn runs, but "handled" is durable: Teams resending an
/// activity to the restarted bot (same LiteDB file) has no second effect.
/// </summary>
public class RedeliveryAfterRestartTests
{
    [Fact]
    public async Task A_message_handled_before_a_restart_is_not_answered_again_after_it()
    {
        var (f, _) = await StartAsync();
        await using var __ = f;
        var member = f.Member(m => !m.IsOffice && m.AadObjectId is not null);
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{member.Id}", "帮助", "zh-CN", member.AadObjectId);

        (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).EnsureSuccessStatusCode();
        var reply = Assert.Single(await f.Connector.WaitForActivitiesAsync(1, 20_000));
        Assert.Contains("督办助手能为您做什么", Activities.CardText(reply));

        await f.RestartAsync();
        (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).EnsureSuccessStatusCode();
        // A second reply would arrive within this bound; none does.
        Assert.Single(await f.Connector.WaitForActivitiesAsync(2, 1_000));
    }

    [Fact]
    public async Task An_expect_replies_turn_handled_before_a_restart_answers_nothing_after_it()
    {
        var (f, _) = await StartAsync();
        await using var __ = f;
        var member = f.Member(m => !m.IsOffice && m.AadObjectId is not null);
        var activity = HelpExpectingReplies(f, member);
        Assert.Single(await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, activity)));

        await f.RestartAsync();
        Assert.Empty(await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, activity)));
        // A new activity from the same person is answered as usual.
        Assert.Single(await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, HelpExpectingReplies(f, member))));
    }
}
