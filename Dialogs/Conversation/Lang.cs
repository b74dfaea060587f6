namespace ChatBot.Dialogs.Conversation;

/// <summary>The two languages the bot speaks; Chinese unless the user's locale is English.</summary>
public enum Lang
{
    Zh = 0,
    En = 1,
}

public static class LangExtensions
{
    public static Lang FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Lang.En : Lang.Zh;

    /// <summary>Picks the text for the language: <c>lang.Pick("中文", "English")</c>.</summary>
    public static string Pick(this Lang lang, string zh, string en) => lang == Lang.En ? en : zh;
}
