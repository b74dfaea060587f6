using ChatBot.Dialogs.Conversation;

namespace ChatBot.Bot.Channel;

/// <summary>What the channel layer itself says (zh-CN, en-US).</summary>
public static class ChannelTexts
{
    public static string Processing(string? locale) => LangExtensions.FromLocale(locale)
        .Pick("正在处理，结果稍后发到对话中。", "Working on it; the result will follow in the chat.");
}
