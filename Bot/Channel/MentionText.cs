using System.Text.RegularExpressions;
using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Channel;

/// <summary>Teams puts "&lt;at&gt;Bot&lt;/at&gt;" into channel messages; the bot's own mention is not part of what the user said.</summary>
public static partial class MentionText
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.Entities?.Where(e => e.Type == "mention") ?? [])
        {
            if (mention.Mentioned?.Id is { } id && botId is not null && id != botId) continue;
            if (!string.IsNullOrEmpty(mention.Text)) text = text.Replace(mention.Text, "");
        }
        // Channels that do not send entities still leave the tag in the text.
        text = AtTag().Replace(text, m => botId is null ? m.Value : "");
        return WhiteSpace().Replace(text.Replace("&nbsp;", " "), " ").Trim();
    }

    [GeneratedRegex(@"<at>[^<]*</at>")]
    private static partial Regex AtTag();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex WhiteSpace();
}
