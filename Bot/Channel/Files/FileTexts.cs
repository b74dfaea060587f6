using ChatBot.Dialogs.Conversation;

namespace ChatBot.Bot.Channel.Files;

/// <summary>What the channel says about files it hands over (zh-CN, en-US).</summary>
public static class FileTexts
{
    public static string Declined(Lang lang, string name) => lang.Pick($"好的，没有发送“{name}”。", $"OK, \"{name}\" was not sent.");

    public static string Gone(Lang lang) => lang.Pick("这个文件已失效，请重新导出。", "This file is no longer available; please ask for it again.");

    public static string AlreadyAnswered(Lang lang, string name) => lang.Pick($"“{name}”已经处理过了。", $"\"{name}\" was already handled.");

    public static string UploadFailed(Lang lang, string name) => lang.Pick(
        $"“{name}”上传到您的 OneDrive 失败，请稍后重新导出。", $"Uploading \"{name}\" to your OneDrive failed; please ask for it again later.");
}
