namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// The language of what no one person reads — a channel's status card or digest — and of people whose
/// language is not known yet (they have not written to the bot). Configured as Bureau:Language.
/// </summary>
public sealed record BureauLanguage(Lang Default)
{
    public static BureauLanguage Chinese { get; } = new(Lang.Zh);

    public static BureauLanguage FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? Chinese : new(LangExtensions.FromLocale(locale));
}
