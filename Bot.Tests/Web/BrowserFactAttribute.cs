namespace ChatBot.Bot.Tests.Web;

/// <summary>
/// A browser test: runs with Debian's Chromium. Without it the test is skipped on a developer
/// machine, but fails under CI=true, where .ci/run installs Chromium.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !IsCi)
            Skip = $"Chromium not found at {ChromiumPath} (apt-get install chromium); browser tests run in CI.";
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
