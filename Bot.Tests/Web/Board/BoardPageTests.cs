using ChatBot.Bot.Tests.EndToEnd;
using Microsoft.Playwright;

namespace ChatBot.Bot.Tests.Web.Board;

/// <summary>The board tab's page in headless Chromium, on this machine without an app id (member picked on the page).</summary>
public sealed class BoardPageTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        BoardSeed.Write(_f.Store);
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync(); // null without Chromium: the test itself fails or skips
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _f.DisposeAsync();
    }

    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, name);

    private async Task<IPage> OpenAsync(string query, int width = 1280)
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "CI must install Debian's chromium");
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(_f.Bot.BaseUrl + "/tab/board" + query);
        Assert.Empty(errors);
        return page;
    }

    [BrowserFact]
    public async Task The_office_sees_every_meeting_with_lights_and_relay_and_filters_by_unit()
    {
        var page = await OpenAsync("?member=m005");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("陈国庆");
        await Assertions.Expect(page.Locator(".meeting")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#totals .pill[data-light=red] b")).ToHaveTextAsync("2");
        var november = page.Locator(".meeting[data-meeting=mt1]");
        await Assertions.Expect(november.Locator(".chip.relayed")).ToHaveTextAsync("市政工程处 · 已传达");
        await Assertions.Expect(november.Locator(".chip.notSigned")).ToContainTextAsync("市园林处");
        await Assertions.Expect(november.Locator("tr[data-number='1'] .dot.red")).ToBeVisibleAsync();
        await Assertions.Expect(november.Locator("tr[data-number='5'] td.due")).ToHaveTextAsync("未定（近期）");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("board-office.png"), FullPage = true });

        await page.SelectOptionAsync("#unit", "hwc");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".meeting")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#state", "overdue");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody tr")).ToContainTextAsync("市环卫处");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("board-office-filtered.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task A_unit_head_picked_on_the_page_sees_their_unit_only_and_english_on_a_phone_width()
    {
        var page = await OpenAsync("");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("?member=");
        await page.SelectOptionAsync("#member", "m047");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("吕建华 · 查看范围：本单位");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".chip")).ToHaveCountAsync(1);
        Assert.Contains("member=m047", page.Url);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("board-head.png"), FullPage = true });

        var phone = await OpenAsync("?member=m004&lang=en-US", width: 400);
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Directive board");
        await Assertions.Expect(phone.Locator(".meeting[data-meeting=mt1] .chip.signed")).ToHaveTextAsync("市环卫处 · Signed, not relayed");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("board-leader-en-phone.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Someone_with_nothing_in_scope_gets_an_empty_board_that_says_so()
    {
        var page = await OpenAsync("?member=m041");
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("没有符合条件的督办事项。");
        await Assertions.Expect(page.Locator(".meeting")).ToHaveCountAsync(0);
        var unknown = await OpenAsync("?member=nobody");
        await Assertions.Expect(unknown.Locator("#message.error")).ToContainTextAsync("不在名册中");
    }
}
