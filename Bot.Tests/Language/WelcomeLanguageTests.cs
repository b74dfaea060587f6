using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;

namespace ChatBot.Bot.Tests.Language;

/// <summary>
/// Teams sends installationUpdate and conversationUpdate for one install, in either order, and one of
/// them may carry no locale. The welcome the person ends up reading is in their language either way.
/// </summary>
public class WelcomeLanguageTests
{
    private const string English = "Hello! I'm Directive Tracker.";
    private const string Chinese = "您好！我是督办助手。";

    private static JsonObject Install(BotFixture f, string user, string conversation, string type, string? locale)
    {
        var a = Activities.Message(f.Connector.ServiceUrl, user, "", conversationId: conversation);
        a.Remove("text");
        a["type"] = type;
        if (locale is null) a.Remove("locale"); else a["locale"] = locale;
        if (type == "installationUpdate") a["action"] = "add";
        else a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        return a;
    }

    /// <summary>Posts and in-place updates of the welcome in <paramref name="conversation"/>, in order.</summary>
    private static List<(string Method, string Text)> Welcomes(BotFixture f, string conversation) =>
        f.Connector.Calls.Where(c => c.Method is "POST" or "PUT" && c.Body?["conversation"]?["id"]?.GetValue<string>() == conversation
                                     && !c.Path.Contains('[') && Activities.CardText(c.Body) is { } t && (t.Contains(English) || t.Contains(Chinese)))
            .Select(c => (c.Method, Activities.CardText(c.Body)!)).ToList();

    private static async Task<List<(string Method, string Text)>> SettledAsync(BotFixture f, string conversation, Func<List<(string Method, string Text)>, bool> done)
    {
        // Bounded: the welcome goes through the outbox, and a correction waits until the first one is sent.
        var until = Environment.TickCount64 + 30_000;
        while (!done(Welcomes(f, conversation)) && Environment.TickCount64 < until) await Task.Delay(20);
        await Task.Delay(300); // anything further would show now
        return Welcomes(f, conversation);
    }

    [Theory]
    [InlineData("installationUpdate", "conversationUpdate")]
    [InlineData("conversationUpdate", "installationUpdate")]
    public async Task The_installers_locale_decides_whichever_event_comes_first(string withoutLocale, string withLocale)
    {
        await using var f = await BotFixture.StartAsync();
        const string conversation = "a:new-installer-chat";
        // Someone the bot has never heard from: only the event with the locale says their language.
        var first = withoutLocale == "installationUpdate";
        if (first) await f.Http.PostAsync(f.Bot.BaseUrl, Install(f, "29:new-installer", conversation, withoutLocale, null));
        await f.Http.PostAsync(f.Bot.BaseUrl, Install(f, "29:new-installer", conversation, withLocale, "en-US"));
        if (!first) await f.Http.PostAsync(f.Bot.BaseUrl, Install(f, "29:new-installer", conversation, withoutLocale, null));

        var welcomes = await SettledAsync(f, conversation, w => w.Count > 0 && w[^1].Text.Contains(English));
        Assert.True(welcomes.Count > 0 && welcomes[^1].Text.Contains(English), string.Join(" | ", welcomes));
        Assert.Single(welcomes, w => w.Method == "POST"); // one welcome, at most corrected in place
    }

    [Fact]
    public async Task Without_any_locale_a_known_members_own_language_is_used()
    {
        await using var f = await BotFixture.StartAsync();
        var member = f.Member(m => !m.IsOffice);
        await f.SayAsync(member, "help", "en-US"); // learned from an earlier message
        await f.Connector.WaitForActivitiesAsync(1);
        var user = $"29:{member.Id}";
        const string conversation = "a:second-install";
        var a = Install(f, user, conversation, "installationUpdate", null);
        a["from"]!["aadObjectId"] = member.AadObjectId;
        await f.Http.PostAsync(f.Bot.BaseUrl, a);

        var welcomes = await SettledAsync(f, conversation, w => w.Count > 0);
        var only = Assert.Single(welcomes);
        Assert.Contains(English, only.Text);
    }

    [Fact]
    public async Task A_chinese_install_is_welcomed_in_chinese_and_never_rewritten()
    {
        await using var f = await BotFixture.StartAsync();
        const string conversation = "a:zh-installer-chat";
        await f.Http.PostAsync(f.Bot.BaseUrl, Install(f, "29:zh-installer", conversation, "installationUpdate", "zh-CN"));
        await f.Http.PostAsync(f.Bot.BaseUrl, Install(f, "29:zh-installer", conversation, "conversationUpdate", "en-US"));

        var welcomes = await SettledAsync(f, conversation, w => w.Count > 0);
        var only = Assert.Single(welcomes); // the first event said the person's language; a later one does not rewrite it
        Assert.Contains(Chinese, only.Text);
    }
}
