using ChatBot.Bot.Tests.Channel;
using ChatBot.Bot.Tests.Production;
using Microsoft.Playwright;

namespace ChatBot.Bot.Tests.Web.Board;

/// <summary>
/// The board page with an app id, in headless Chromium. Inside Teams the page asks the Teams library for the
/// SSO token and sends it as a bearer token; here the library is replaced (for this page load only) by a
/// stand-in host that hands out a token signed by the loopback tenant's key. Outside Teams the real vendored
/// library runs and the page says to open it in Teams.
/// </summary>
public sealed class BoardSsoPageTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("tenant-key-1");
    private OpenIdMetadataServer _tenant = null!;
    private SignedInBot _bot = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _tenant = await OpenIdMetadataServer.StartAsync($"https://login.microsoftonline.com/{TabTokenTests.TenantId}/v2.0", _key);
        _bot = await SignedInBot.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:TenantId"] = TabTokenTests.TenantId,
            ["Bot:Authentication:TenantOpenIdMetadataUrl"] = _tenant.MetadataUrl,
            ["BoardTab:Host"] = TabTokenTests.Host,
        });
        BoardSeed.Write(_bot.F.Store);
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync(); // null without Chromium: the test itself fails or skips
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _bot.DisposeAsync();
        await _tenant.DisposeAsync();
    }

    private static string StandInHost(string token, string locale, string theme) => $$"""
        window.microsoftTeams = {
          app: {
            initialize: async () => {},
            getContext: async () => ({ app: { locale: "{{locale}}", theme: "{{theme}}" } }),
            notifySuccess: () => { window.notified = true; },
            registerOnThemeChangeHandler: (handler) => { window.changeTheme = handler; },
          },
          authentication: { getAuthToken: async () => { window.tokensAsked = (window.tokensAsked || 0) + 1; return "{{token}}"; } },
        };
        """;

    private async Task<IPage> InTeamsAsync(string token, string locale = "zh-CN", string theme = "default")
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "CI must install Debian's chromium");
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.RouteAsync("**/tab/board/lib/teams-js/MicrosoftTeams.min.js", route =>
            route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = StandInHost(token, locale, theme) }));
        await page.GotoAsync(_bot.F.Bot.BaseUrl + "/tab/board");
        return page;
    }

    [BrowserFact]
    public async Task In_Teams_the_page_sends_the_SSO_token_and_shows_the_signed_in_members_board()
    {
        var page = await InTeamsAsync(TabTokenTests.Sign(_key));
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("陈国庆 · 查看范围：全部单位");
        await Assertions.Expect(page.Locator(".meeting")).ToHaveCountAsync(2);
        Assert.False(await page.Locator("#picker").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.notified === true"));

        // Each load asks Teams for the token again (Teams caches and renews it).
        await page.SelectOptionAsync("#unit", "szgc");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);
        Assert.Equal(2, await page.EvaluateAsync<int>("window.tokensAsked"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "board-teams-sso.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task The_page_follows_the_Teams_theme_and_its_changes()
    {
        var page = await InTeamsAsync(TabTokenTests.Sign(_key), theme: "dark");
        await Assertions.Expect(page.Locator(".meeting")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("theme-dark");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "board-teams-dark.png"), FullPage = true });
        await page.EvaluateAsync("window.changeTheme('contrast')");
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("theme-contrast");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "board-teams-contrast.png"), FullPage = true });
        await page.EvaluateAsync("window.changeTheme('default')");
        await Assertions.Expect(page.Locator("html")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("theme-"));
    }

    [BrowserFact]
    public async Task In_Teams_a_forged_token_or_a_stranger_gets_a_clear_message_in_the_Teams_language()
    {
        var forged = await InTeamsAsync(TabTokenTests.Sign(new TestSigningKey(_key.Kid)));
        await Assertions.Expect(forged.Locator("#message.error")).ToContainTextAsync("重新打开本页");
        await Assertions.Expect(forged.Locator(".meeting")).ToHaveCountAsync(0);

        var stranger = await InTeamsAsync(TabTokenTests.Sign(_key, oid: "00000000-1111-4222-8333-444444444444"), "en-US");
        await Assertions.Expect(stranger.Locator("#message.error")).ToContainTextAsync("not on the Directive Tracker's roster");
    }

    [BrowserFact]
    public async Task Outside_Teams_the_real_library_loads_and_the_page_says_to_open_it_in_Teams()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "CI must install Debian's chromium");
        var page = await _browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(_bot.F.Bot.BaseUrl + "/tab/board");
        Assert.True(await page.EvaluateAsync<bool>("typeof microsoftTeams.app.initialize === 'function'"));
        await Assertions.Expect(page.Locator("#message.error")).ToContainTextAsync("请在 Teams 中打开督办看板",
            new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });
        Assert.Empty(errors);
    }
}
