using System.Net;
using System.Text.RegularExpressions;
using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Channel;

/// <summary>
/// Teams puts "&lt;at&gt;Name&lt;/at&gt;" into the text for every @mention. The bot's own mention only
/// addresses the bot and is removed; anyone else mentioned is part of the sentence
/// ("把&lt;at&gt;张三&lt;/at&gt;设为联络员" is about 张三) and stays as their name.
/// </summary>
public static partial class MentionText
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var bot = activity.Recipient;
        var mentions = activity.Entities?.Where(e => e.Type == "mention" && !string.IsNullOrEmpty(e.Text)).ToList() ?? [];
        // Which mention is the bot's is told by the entity (mentioned.id = the recipient), not by the text.
        foreach (var mention in mentions.Where(m => IsBot(m.Mentioned?.Id, bot?.Id)))
            text = text.Replace(mention.Text!, " ");
        // A channel that sends no mention entities: only a tag with exactly the bot's name is the bot's.
        if (mentions.Count == 0 && bot?.Name is { Length: > 0 } botName)
            text = AtTag().Replace(text, m => Name(m) == botName ? " " : m.Value);
        text = AtTag().Replace(text, Name);
        return WhiteSpace().Replace(text.Replace("&nbsp;", " "), " ").Trim();
    }

    /// <summary>Teams writes the bot as "28:{app id}"; some channels leave the prefix out of one of the two.</summary>
    private static bool IsBot(string? mentionedId, string? botId) =>
        mentionedId is not null && botId is not null
        && string.Equals(WithoutPrefix(mentionedId), WithoutPrefix(botId), StringComparison.OrdinalIgnoreCase);

    private static string WithoutPrefix(string id) => id.StartsWith("28:", StringComparison.Ordinal) ? id[3..] : id;

    /// <summary>The name inside the tag, unescaped (Teams XML-escapes names such as O'Brien).</summary>
    private static string Name(Match tag) => WebUtility.HtmlDecode(tag.Groups["name"].Value).Trim();

    [GeneratedRegex(@"<at>(?<name>[^<]*)</at>")]
    private static partial Regex AtTag();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex WhiteSpace();
}
