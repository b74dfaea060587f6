using ChatBot.Bot.Tests.Infrastructure;
using static ChatBot.Bot.Tests.Pipeline.PipelineWorld;

namespace ChatBot.Bot.Tests.Pipeline;

/// <summary>
/// What a turn costs before the engine: the person is resolved once (no second lookup by the engine or
/// the address step), and a plain 帮助 from a known member commits one transaction — the mark that the
/// activity was handled — over a real LiteDB file.
/// </summary>
public class OneResolutionPerTurnTests
{
    [Fact]
    public async Task A_help_turn_from_a_known_member_resolves_them_once_and_commits_one_write()
    {
        var (f, resolver) = await StartAsync();
        await using var _ = f;
        var member = f.Member(m => !m.IsOffice && m.AadObjectId is not null);

        // The first turn binds the Teams account (audited) and stores the 1:1 address.
        var first = await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, HelpExpectingReplies(f, member)));
        Assert.Contains("督办助手能为您做什么", Activities.CardText(Assert.Single(first)));
        Assert.Equal(1, resolver().Resolutions);

        await QuietAsync(f.Store);
        const int turns = 5;
        var commitsBefore = f.Store.Commits;
        for (var i = 0; i < turns; i++)
        {
            var replies = await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, HelpExpectingReplies(f, member)));
            Assert.Contains("督办助手能为您做什么", Activities.CardText(Assert.Single(replies)));
        }
        Assert.Equal(1 + turns, resolver().Resolutions);
        Assert.Equal(turns, f.Store.Commits - commitsBefore);
    }

    [Fact]
    public async Task A_redelivery_of_a_handled_activity_writes_nothing_and_resolves_nobody()
    {
        var (f, resolver) = await StartAsync();
        await using var _ = f;
        var member = f.Member(m => !m.IsOffice && m.AadObjectId is not null);
        var activity = HelpExpectingReplies(f, member);
        Assert.Single(await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, activity)));

        await QuietAsync(f.Store);
        var (commits, resolutions) = (f.Store.Commits, resolver().Resolutions);
        Assert.Empty(await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, activity)));
        Assert.Equal(commits, f.Store.Commits);
        Assert.Equal(resolutions, resolver().Resolutions);
    }
}
