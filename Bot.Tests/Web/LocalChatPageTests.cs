using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Dialogs.Domain;
using Microsoft.Playwright;

namespace ChatBot.Bot.Tests.Web;

/// <summary>The local chat page in headless Chromium: choose a member, chat, see replies and cards.</summary>
public class LocalChatPageTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync(); // null without Chromium: the test itself fails or skips
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _f.DisposeAsync();
    }

    [BrowserFact]
    public async Task Choose_a_member_send_help_and_see_the_reply_card()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "CI must install Debian's chromium");
        var head = _f.Member(m => m.Memberships.Any(x => x.Role == UnitRole.Head) && !m.IsOffice);
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(_f.Bot.BaseUrl + "/");
        await page.SelectOptionAsync("#member", head.Id);
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(head.Name);

        await page.FillAsync("#text", "帮助");
        await page.PressAsync("#text", "Enter");
        // Opening the chat installs the app for this member, so a welcome card arrives too (in either order).
        // The welcome comes through the outbox, not the HTTP answer: on a loaded machine it can take longer
        // than Playwright's default 5 s, so the wait is bounded more generously.
        await Assertions.Expect(page.Locator(".msg.bot .card", new PageLocatorOptions { HasText = "我是督办助手" }))
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
        var card = page.Locator(".msg.bot .card", new PageLocatorOptions { HasText = "督办助手能为您做什么" });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "local-chat-help.png"), FullPage = true });

        // The card's button goes back through /api/messages as a card action.
        await card.Locator("button", new LocatorLocatorOptions { HasText = "我的待办" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("没有待办事项");
    }

    [BrowserFact]
    public async Task An_unknown_member_in_the_address_gets_a_clear_error()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "CI must install Debian's chromium");
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(_f.Bot.BaseUrl + "/?member=nobody");
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("不在名册中");
    }

    [BrowserFact]
    public async Task The_ledger_is_offered_allowed_and_downloaded_from_the_page()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "CI must install Debian's chromium");
        var unit = _f.Unit("市政工程处");
        _f.Store.Write(s =>
        {
            s.Meetings.Add(new Meeting { Id = "m1", Title = "十一月局务会", Date = new DateOnly(2026, 11, 20), Status = MeetingStatus.Dispatched, CreatedAt = BotFixture.Now });
            s.Items.Add(new Assignment { Id = "a1", Number = 1, DirectiveId = "d1", MeetingId = "m1", UnitId = unit.Id, Task = "完成桥梁检测", Due = new DateOnly(2026, 12, 10) });
        });
        var clerk = _f.Member(m => m.IsOffice);
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(_f.Bot.BaseUrl + "/?member=" + clerk.Id);
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(clerk.Name);
        await page.FillAsync("#text", "导出台账");
        await page.PressAsync("#text", "Enter");

        // The consent card comes through the outbox into the 1:1 chat; Allow makes the bot upload the file.
        var consent = page.Locator(".msg.bot .card.file", new PageLocatorOptions { HasText = "督办台账-20261127.xlsx" });
        await Assertions.Expect(consent).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
        await consent.Locator("button", new LocatorLocatorOptions { HasText = "Allow" }).ClickAsync();
        var link = page.Locator(".msg.bot .card.file a[download]");
        await Assertions.Expect(link).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "local-chat-ledger.png"), FullPage = true });

        var bytes = await _f.Http.GetByteArrayAsync(await link.GetAttributeAsync("href"));
        using var book = new Features.Ledger.XlsxReadBack(bytes);
        Assert.Equal("完成桥梁检测", book.Text(book.Rows("督办台账")[1][3]));
    }
}
