using Microsoft.Playwright;

namespace ChatBot.Bot.Tests.Web;

/// <summary>Debian's Chromium, headless, through Playwright: the browser every page test drives.</summary>
public static class HeadlessChromium
{
    /// <summary>
    /// Starts Playwright and the browser; null when Chromium is not installed (a [BrowserFact] then fails
    /// under CI or skips). Disposing the browser leaves Playwright to <paramref name="playwright"/>'s owner.
    /// </summary>
    public static async Task<(IPlaywright? Playwright, IBrowser? Browser)> LaunchAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath)) return (null, null);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
