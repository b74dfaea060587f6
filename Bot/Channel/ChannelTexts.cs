using ChatBot.Dialogs.Conversation;

namespace ChatBot.Bot.Channel;

/// <summary>What the channel layer itself says (zh-CN, en-US).</summary>
public static class ChannelTexts
{
    public static string Processing(string? locale) => LangExtensions.FromLocale(locale)
        .Pick("正在处理，结果稍后发到对话中。", "Working on it; the result will follow in the chat.");

    public static string TurnFailed(Lang lang) => lang.Pick(
        "抱歉，处理时出错了，您的操作没有生效，请稍后重试。",
        "Sorry, something went wrong; nothing was changed. Please try again.");
}
