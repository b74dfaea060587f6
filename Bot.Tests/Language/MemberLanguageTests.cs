using System.Text.Json.Nodes;
using ChatBot.Bot.Scheduling;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Language;

/// <summary>A member's language is learned from their own activities, kept in the store, and used for what the bot sends them unasked.</summary>
public class MemberLanguageTests
{
    [Fact]
    public void Learning_writes_only_when_the_locale_changes()
    {
        using var dir = new TempDir();
        using var store = new LiteDbStore(dir.File("bot.db"));
        store.Write(s => s.Roster.UpsertMember(new Member { Id = "m1", Name = "张三", Email = "zhang@example.org" }));
        var member = store.Roster.Member("m1");

        Assert.True(MemberLanguage.Learn(store, member, "en-US"));
        Assert.False(MemberLanguage.Learn(store, member, "en-US"));      // the same: no write
        Assert.False(MemberLanguage.Learn(store, member, null));         // an activity without a locale says nothing
        Assert.False(MemberLanguage.Learn(store, member, "  "));
        Assert.False(MemberLanguage.Learn(store, member, "en-US\"><x")); // not a language tag: ignored
        Assert.Equal("en-US", store.Roster.Member("m1").Locale);
        Assert.Equal("zhang@example.org", store.Roster.Member("m1").Email); // only the locale is written

        Assert.True(MemberLanguage.Learn(store, member, "zh-CN"));
        Assert.Equal(Lang.Zh, MemberLanguage.Of(store.Roster.Member("m1"), Lang.En));
        Assert.Equal(Lang.En, MemberLanguage.Of(new Member { Id = "m2" }, Lang.En)); // unknown: the bureau's
    }

    [Fact]
    public async Task A_members_language_survives_a_restart_and_reminders_go_out_in_each_recipients_language()
    {
        await using var f = await BotFixture.StartAsync(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });
        var unit = f.Unit("市政工程处");
        var head = f.Member(m => m.HasRole(unit.Id, UnitRole.Head));
        var liaison = f.Member(m => m.HasRole(unit.Id, UnitRole.Liaison));
        await f.SayAsync(head, "help", "en-US");
        await f.SayAsync(liaison, "帮助", "zh-CN");
        await f.Connector.WaitForActivitiesAsync(2);
        f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a1", Number = 1, DirectiveId = "d1", MeetingId = "mt1", UnitId = unit.Id,
            Task = "金南大道西延线督促施工方落实举措", Due = new DateOnly(2026, 11, 26), Status = AssignmentStatus.Dispatched,
        }));

        await f.RestartAsync();
        Assert.Equal("en-US", f.Store.Roster.Member(head.Id).Locale);
        Assert.True(await f.Bot.Get<ReminderScheduler>().RunOnceAsync() > 0);

        var english = await CardToAsync(f, head, "Directive overdue");
        Assert.Contains("1 day overdue", english);
        EnglishPunctuation.AssertAscii(EnglishPunctuation.Template(english, "金南大道西延线督促施工方落实举措", "市政工程处"));
        var chinese = await CardToAsync(f, liaison, "督办事项已逾期");
        Assert.Contains("逾期1天", chinese);

        // After the restart the member writes from a client that sends no locale: still answered in English.
        var before = f.Connector.SentActivities().Count;
        var message = Activities.Message(f.Connector.ServiceUrl, $"29:{head.Id}", "我的待办", aadObjectId: head.AadObjectId);
        message.Remove("locale");
        (await f.Http.PostAsync(f.Bot.BaseUrl, message)).EnsureSuccessStatusCode();
        var reply = (await f.Connector.WaitForActivitiesAsync(before + 1)).Skip(before).First();
        Assert.Contains("open items", RelayText(reply), StringComparison.OrdinalIgnoreCase);
    }

    private static string RelayText(JsonObject a) => (a["text"]?.GetValue<string>() ?? "") + "\n" + (Activities.CardText(a) ?? "");

    private static async Task<string> CardToAsync(BotFixture f, Member member, string title)
    {
        var until = Environment.TickCount64 + 15_000;
        string? found = null;
        while (found is null && Environment.TickCount64 < until)
        {
            found = f.Connector.SentActivities()
                .Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{member.Id}")
                .Select(a => Activities.CardText(a)).FirstOrDefault(t => t?.Contains(title) == true);
            if (found is null) await Task.Delay(20);
        }
        Assert.True(found is not null, $"no card \"{title}\" reached {member.Id}");
        return found!;
    }
}
