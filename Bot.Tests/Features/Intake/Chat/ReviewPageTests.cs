using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Features.Intake.Llm;
using ChatBot.Bot.Tests.Llm;
using ChatBot.Bot.Tests.Web;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>
/// The review as the office sees it on the local chat page (headless Chromium): a model that lists two of
/// the four tasks, so the two only the rules found come last marked 待确认; a bulk edit updates the one
/// card in place. Screenshots are left next to the test assembly.
/// </summary>
public class ReviewPageTests : IAsyncLifetime
{
    private const string Minutes = """
        局长办公会议纪要
        11月24日，局长办公会研究冬季城市管理工作。
        1. 市排水管理处在12月10日前完成老城区雨污管网清淤。
        2. 市路灯管理处负责12月15日前完成主干道路灯检修。
        3. 城管执法一大队要在12月底前完成占道经营专项整治。
        4. 计划财务科于12月20日前报送明年预算草案。
        各单位要在一周内召开班子会议传达会议精神。
        """;

    private OpenAiStub _stub = null!;
    private BotFixture _f = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _stub = await OpenAiStub.StartAsync();
        var settings = LlmTestHost.StubSettings("OpenAI", _stub, timeoutSeconds: 5, maxRetries: 0);
        _f = await BotFixture.StartAsync(settings, services =>
            services.Replace(ServiceDescriptor.Singleton<IIntentRecognizer>(sp => new RuleIntentRecognizer(sp.GetRequiredService<BureauClock>()))));
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync(); // null without Chromium: the test itself fails or skips
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _f.DisposeAsync();
        await _stub.DisposeAsync();
    }

    [BrowserFact]
    public async Task Unsure_items_are_marked_last_and_a_bulk_edit_updates_the_card_in_place()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "CI must install Debian's chromium");
        var lines = Minutes.Split('\n');
        _stub.Then(StubResponses.Answer(ModelJson.Answer("局长办公会议纪要", null,
            ModelJson.Directive("完成老城区雨污管网清淤", ["市排水管理处"], lines[2].Trim(), "12月10日前"),
            ModelJson.Directive("完成主干道路灯检修", ["市路灯管理处"], lines[3].Trim(), "12月15日前"))));

        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1400 } });
        await page.GotoAsync(_f.Bot.BaseUrl + "/?member=m007");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(_f.Store.Roster.Member("m007").Name);
        await page.FillAsync("#text", Minutes);
        await page.PressAsync("#text", "Enter");

        await Assertions.Expect(page.Locator(".msg.bot", new PageLocatorOptions { HasText = "正在分析" })).ToBeVisibleAsync();
        var review = page.Locator(".msg.bot .card", new PageLocatorOptions { HasText = "会议事项提取 · 待审核" });
        await Assertions.Expect(review).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
        await Assertions.Expect(review).ToContainTextAsync("2 条待确认（排在最后）");
        await Assertions.Expect(review).ToContainTextAsync("第3条 〔待确认〕");
        await Assertions.Expect(review).ToContainTextAsync("原文：1. 市排水管理处在12月10日前完成老城区雨污管网清淤。");
        await Assertions.Expect(review).ToContainTextAsync("城管执法一大队要在12月底前完成占道经营专项整治");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "intake-review-unsure.png"), FullPage = true });

        await page.FillAsync("#text", "删除第3-4条");
        await page.PressAsync("#text", "Enter");
        await Assertions.Expect(page.Locator(".msg.bot", new PageLocatorOptions { HasText = "已删除第3、4条" })).ToBeVisibleAsync();
        await Assertions.Expect(review).ToContainTextAsync("共 2 条事项", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        await Assertions.Expect(review).ToHaveCountAsync(1);
        await Assertions.Expect(review).Not.ToContainTextAsync("待确认");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "intake-review-edited.png"), FullPage = true });
        Assert.Equal(0, _f.Store.Meetings.All().Count());
    }
}
