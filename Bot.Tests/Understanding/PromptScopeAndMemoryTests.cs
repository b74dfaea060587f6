using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding;
using ChatBot.Dialogs.Understanding.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>What the provider receives: only the speaker's units, a short bounded history, prompts only at Debug.</summary>
public sealed class PromptScopeAndMemoryTests
{
    private static IStore Roster()
    {
        var store = new LiteDbStore(new MemoryStream());
        store.Write(s =>
        {
            s.Roster.UpsertUnit(new Unit { Id = "szgc", Name = "市政工程处", Aliases = ["工程处"], Kind = "处" });
            s.Roster.UpsertUnit(new Unit { Id = "hwc", Name = "市环卫处", Aliases = ["环卫处"], Kind = "处" });
            s.Roster.UpsertUnit(new Unit { Id = "rsk", Name = "局人事科", Kind = "科" });
            s.Roster.UpsertMember(new Member { Id = "staff", Name = "李四", UnitIds = ["szgc"], Memberships = [new Membership { UnitId = "szgc", Role = UnitRole.Staff }] });
            s.Roster.UpsertMember(new Member { Id = "leader", Name = "王局", BureauRoles = [BureauRole.Leader], Portfolio = ["hwc"] });
            s.Roster.UpsertMember(new Member { Id = "office", Name = "赵办", BureauRoles = [BureauRole.Office] });
        });
        return store;
    }

    [Fact]
    public void Scope_is_the_members_own_units_their_portfolio_or_everything_for_the_office()
    {
        using var store = Roster();
        var scope = new RosterUnitScope(store);
        Assert.Equal(["市政工程处（工程处）"], scope.UnitNamesVisibleTo("staff"));
        Assert.Equal(["市环卫处（环卫处）"], scope.UnitNamesVisibleTo("leader"));
        Assert.Equal(3, scope.UnitNamesVisibleTo("office").Count);
        Assert.Empty(scope.UnitNamesVisibleTo("nobody"));
    }

    [Fact]
    public async Task The_system_prompt_names_only_the_units_the_speaker_may_see()
    {
        using var store = Roster();
        var llm = new LlmHarness(new RosterUnitScope(store)).CallsTool(OpenItemsCapability.OpenItems);
        await llm.Recognizer.RecognizeAsync("我的待办", Lang.Zh, new RecognitionContext("conv", "staff"), CancellationToken.None);

        var system = llm.Calls.Single().Messages[0].Text;
        Assert.Contains("市政工程处", system);
        Assert.DoesNotContain("环卫处", system);
        Assert.DoesNotContain("人事科", system);
        Assert.DoesNotContain("李四", system);
        Assert.Contains("2026-11-27 (Friday)", system);
        Assert.Contains("Asia/Shanghai", system);
    }

    [Fact]
    public async Task History_keeps_the_last_six_turns_of_this_member_in_this_conversation()
    {
        var llm = new LlmHarness().CallsTool(ItemHistoryCapability.History, new { item = 1 });
        for (var i = 1; i <= 9; i++)
            await llm.Recognizer.RecognizeAsync($"第{i}条 记录", Lang.Zh, new RecognitionContext("conv", "m1"), CancellationToken.None);
        await llm.Recognizer.RecognizeAsync("别人的消息", Lang.Zh, new RecognitionContext("conv", "m2"), CancellationToken.None);
        await llm.Recognizer.RecognizeAsync("那第1条呢", Lang.Zh, new RecognitionContext("conv", "m1"), CancellationToken.None);

        var last = llm.Calls[^1].Messages;
        var earlierUserTurns = last.Where(m => m.Role == ChatRole.User).SkipLast(1).Select(m => m.Text).ToList();
        Assert.Equal(["第4条 记录", "第5条 记录", "第6条 记录", "第7条 记录", "第8条 记录", "第9条 记录"], earlierUserTurns);
        Assert.DoesNotContain(last, m => m.Text.Contains("别人的消息"));
        var replayed = last.Where(m => m.Role == ChatRole.Assistant).SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
        Assert.Equal(6, replayed.Count);
        Assert.All(replayed, c => Assert.Equal(ItemHistoryCapability.History, c.Name));
        Assert.Equal(6, last.Count(m => m.Role == ChatRole.Tool));
    }

    [Fact]
    public void Memory_is_bounded_in_conversations_and_in_characters()
    {
        var memory = new ConversationMemory(turnsKept: 6, conversationsKept: 3, charsPerTurn: 50);
        for (var i = 0; i < 10; i++)
            memory.Remember(new RecognitionContext($"c{i}", "m"), new string('长', 500), Intent.Of(EngineCapability.Unknown));
        Assert.Equal(3, memory.ConversationCount);
        var kept = Assert.Single(memory.Recall(new RecognitionContext("c9", "m")));
        Assert.True(kept.UserText.Length <= 51);
        Assert.Empty(memory.Recall(new RecognitionContext("c0", "m")));
    }

    [Fact]
    public async Task Prompts_and_user_text_are_logged_at_debug_only()
    {
        const string secretish = "市政工程处昨天开了干部职工大会，42人参加";
        foreach (var respond in new[] { LlmHarness.ToolCall(RelayCapability.Confirm, new { attendees = 42 }), LlmHarness.Text("不") })
        {
            var llm = new LlmHarness().Answers(respond);
            await llm.Recognizer.RecognizeAsync(secretish, Lang.Zh, new RecognitionContext("conv", "m1"), CancellationToken.None);
            Assert.Contains(llm.Logs.Lines, l => l.Level == LogLevel.Debug && l.Text.Contains(secretish));
            Assert.DoesNotContain(llm.Logs.Lines, l => l.Level > LogLevel.Debug && l.Text.Contains(secretish));
        }
    }
}
