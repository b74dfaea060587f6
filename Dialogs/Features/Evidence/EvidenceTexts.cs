using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Evidence;

internal static class EvidenceTexts
{
    public static string NotResponsible(Lang lang, int number) => lang.Pick(
        $"只有承办{ItemTexts.Item(lang, number)}的单位负责人、副职、联络员或经办人可以提交佐证材料。",
        $"Only the head, deputy or liaison of item {number}'s unit, or the people doing it, can add evidence.");

    public static string Closed(Lang lang, int number) => lang.Pick($"{ItemTexts.Item(lang, number)}已销号，不能再添加佐证材料。", $"Item {number} is closed; evidence can no longer be added.");

    public static string Attached(Lang lang, int number, int count, bool onCheckOff) => lang.Pick(
        $"已将{count}个文件作为佐证材料附在{ItemTexts.Item(lang, number)}的{(onCheckOff ? "销号申请" : "进展报告")}上。发送“第{number}条佐证材料”可查看全部。",
        $"{count} file(s) added as evidence to item {number}'s {(onCheckOff ? "check-off request" : "progress report")}. Send \"evidence for item {number}\" to see them all.");

    public static string NoneKept(Lang lang) => lang.Pick("没有可作为佐证材料的文件，未做任何更改。", "None of the files can be kept as evidence; nothing was changed.");

    public static string OnlyInPersonalChat(Lang lang) => lang.Pick(
        "Teams 只在与机器人的一对一聊天中把文件交给机器人；请在一对一聊天中发送“第N条佐证材料”并附上文件。",
        "Teams hands files to the bot only in a 1:1 chat; send \"item N evidence\" with the files there.");

    public static string None(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}还没有佐证材料。在一对一聊天中发送“第{number}条佐证材料”并附上文件即可添加。",
        $"Item {number} has no evidence yet. In a 1:1 chat, send \"item {number} evidence\" with the files attached.");

    public static string Title(Lang lang, int number, int count) => lang.Pick($"**{ItemTexts.Item(lang, number)}佐证材料（{count}个）**", $"**Evidence for item {number} ({count})**");

    public static string Row(Lang lang, string name, string url, string type, string size, string by, string at, bool onCheckOff) => lang.Pick(
        $"- [{name}]({url}) · {type} · {size} · {by} {at}{(onCheckOff ? " · 销号申请" : " · 进展报告")}",
        $"- [{name}]({url}) · {type} · {size} · {by} {at}{(onCheckOff ? " · check-off request" : " · progress report")}");

    public static string Size(Lang lang, long? bytes) => bytes switch
    {
        null => lang.Pick("大小未知", "size unknown"),
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };

    public static string ReportText(Lang lang) => lang.Pick("补充佐证材料", "evidence added");

    public static string Required(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}还没有佐证材料，按规定不能销号。请承办单位在一对一聊天中发送“第{number}条佐证材料”并附上文件，或退回并说明需要补充的材料。",
        $"Item {number} has no evidence, and check-off requires it. Ask the unit to send \"item {number} evidence\" with the files in a 1:1 chat, or send it back saying what is missing.");

    public static string AttachProposal(Lang lang) => lang.Pick("提交佐证材料", "add evidence");
    public static string HelpSay(Lang lang) => lang.Pick("第3条佐证材料（附文件）", "item 3 evidence (with files)");
    public static string HelpWhat(Lang lang) => lang.Pick("提交或查看事项的佐证材料（一对一聊天中附文件）", "add (files in a 1:1 chat) or list an item's evidence");
}
