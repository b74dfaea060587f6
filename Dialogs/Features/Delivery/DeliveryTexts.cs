using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>What the delivery report and 重发未送达 say, in zh-CN and en-US.</summary>
internal static class DeliveryTexts
{
    public static string Title(Lang lang, string meeting) => lang.Pick($"下发送达情况 · {meeting}", $"Dispatch delivery · {meeting}");

    public static string Resent(Lang lang, int round) => lang.Pick($"第 {round} 次重发后", $"after resend {round}");

    public static string DeliveredLabel(Lang lang) => lang.Pick("已送达", "Delivered");
    public static string TryingLabel(Lang lang) => lang.Pick("发送中", "Still sending");
    public static string UnreachedLabel(Lang lang) => lang.Pick("等待安装", "Waiting for the app");
    public static string FailedLabel(Lang lang) => lang.Pick("发送失败", "Failed");

    public static string People(Lang lang, int n) => lang.Pick($"{n} 人", n == 1 ? "1 person" : $"{n} people");

    public static string UnreachedHeading(Lang lang) => lang.Pick(
        "以下人员还没有安装督办助手（或从未与机器人对话），无法建立会话：",
        "These people have not installed the app (or never wrote to the bot), so no chat could be opened:");

    public static string UnreachedHint(Lang lang) => lang.Pick(
        "请他们在 Teams 中打开督办助手，或请管理员通过应用设置策略为全局安装；打开后通知会自动补发。",
        "Ask them to open the app in Teams, or ask the administrator to install it for everyone with an app setup policy; the notice follows as soon as they do.");

    public static string RemovedLabel(Lang lang) => lang.Pick("已卸载或屏蔽", "Removed or blocked the app");

    public static string RemovedHeading(Lang lang) => lang.Pick(
        "以下人员曾使用督办助手，但已将其卸载或屏蔽，消息无法送达：",
        "These people had the app but removed or blocked it, so nothing reaches them:");

    public static string RemovedHint(Lang lang) => lang.Pick(
        "请他们在 Teams 中重新添加督办助手（或解除屏蔽后给它发一句话）；重新添加后通知会自动补发。",
        "Ask them to add the app again in Teams (or unblock it and write to it); the notice follows as soon as they do.");

    public static string FailedHeading(Lang lang) => lang.Pick("以下人员发送失败：", "These notices failed:");

    public static string AllDelivered(Lang lang) => lang.Pick("全部送达。", "Everyone has it.");

    public static string Removed(Lang lang) => lang.Pick("已卸载或屏蔽督办助手", "removed or blocked the app");

    /// <summary>The reason in words the office can act on.</summary>
    public static string Reason(Lang lang, DeliveryProblem problem, int? status) => problem switch
    {
        DeliveryProblem.NotInstalled => lang.Pick("未安装督办助手（或已屏蔽），无法建立会话", "the app is not installed for them (or blocked), so no chat could be opened"),
        DeliveryProblem.AppRemoved => Removed(lang),
        DeliveryProblem.ConversationGone => lang.Pick("会话已不存在", "the chat no longer exists"),
        DeliveryProblem.GaveUp => lang.Pick("Teams 多次没有接收（繁忙或网络故障），已停止重试", "Teams did not take it after repeated tries (busy or network trouble)"),
        DeliveryProblem.Refused => lang.Pick($"Teams 拒收（代码 {status}）", $"Teams refused it (code {status})"),
        DeliveryProblem.NotTrusted => lang.Pick("该会话的服务地址未经 Teams 验证，为安全起见未发送", "the chat's address was never confirmed by Teams, so it was not sent, for safety"),
        _ => lang.Pick("发送出错", "sending failed"),
    };

    public static string ResendButton(Lang lang) => lang.Pick("重发未送达", "Resend to unreached");
    public static string RefreshButton(Lang lang) => lang.Pick("刷新", "Refresh");

    public static string OfficeOnly(Lang lang) => lang.Pick("只有督办室可以查看送达情况和重发通知。", "Only the office can see delivery and resend notices.");

    public static string NoMeeting(Lang lang) => lang.Pick("还没有已下发的会议。", "No meeting has been dispatched yet.");

    public static string NoNotices(Lang lang, string meeting) => lang.Pick($"“{meeting}”没有发给个人的下发通知。", $"\"{meeting}\" sent no notices to people.");

    public static string NothingToResend(Lang lang, string meeting) =>
        lang.Pick($"“{meeting}”的下发通知已全部送达，无需重发。", $"Everyone has the notice of \"{meeting}\"; nothing to resend.");

    public static string StillTrying(Lang lang, string meeting, int n) =>
        lang.Pick($"“{meeting}”还有 {n} 人的通知正在发送，发送完会给您送达报告。", $"{n} notice(s) of \"{meeting}\" are still being sent; the report follows when they are done.");

    public static string Requeued(Lang lang, string meeting, IReadOnlyList<string> names) => lang.Pick(
        $"已重新发送“{meeting}”的下发通知给 {names.Count} 人：{string.Join("、", names)}。已送达的人不会重复收到；发送完会给您新的送达报告。",
        $"Resending the notice of \"{meeting}\" to {names.Count}: {string.Join(", ", names)}. Nobody who has it gets it twice; a new report follows when they are done.");

    // How the confirmation card names a resend the language model read (the wire name showed before).
    public static string ResendProposal(Lang lang) => lang.Pick("重发未送达的通知", "resend the notices to those not reached");

    // Its line on the office's Help card.
    public static string HelpSay(Lang lang) => lang.Pick("送达情况", "delivery report");
    public static string HelpWhat(Lang lang) => lang.Pick("查看最近一次下发谁已收到、谁还没收到，并可重发未送达（督办员）", "who got the last dispatch, who is still waiting, and resend to the unreached (office)");
}
