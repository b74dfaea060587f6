using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Instruction;

internal static class InstructionTexts
{
    private static string Names(Lang lang, IEnumerable<string> names) => string.Join(lang.Pick("、", ", "), names);

    public static string OfficeCannot(Lang lang) => lang.Pick(
        "批示由分管该单位的局领导作出，办公室不能代为批示。如需催办，可用“打印催办单 第N条”。",
        "Instructions are given by the leader in charge of the unit; the office cannot give one on their behalf. To chase an item, use \"print the reminder notice for item N\".");
    public static string LeadersOnly(Lang lang) => lang.Pick("只有分管该单位的局领导可以作批示。", "Only the leader in charge of the unit can give an instruction.");
    public static string NotInPortfolio(Lang lang, int number, string unit) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}由{unit}承办，不在您的分管范围内，不能批示。",
        $"Item {number} belongs to {unit}, which is not in your portfolio; you cannot instruct on it.");
    public static string NeedText(Lang lang, int number) => lang.Pick(
        $"请写出批示内容，例如“第{number}条批示：请于周五前专题汇报”。",
        $"Please write the instruction, e.g. \"instruction on item {number}: report on it by Friday\".");
    public static string TooLong(Lang lang, int max) => lang.Pick($"批示过长，请控制在{max}字以内。", $"The instruction is too long; please keep it under {max} characters.");
    public static string Closed(Lang lang, int number) => lang.Pick($"{ItemTexts.Item(lang, number)}已销号，不再批示。", $"Item {number} is closed; it takes no more instructions.");

    public static string Given(Lang lang, int number, string unit, IReadOnlyList<string> people) => people.Count == 0
        ? lang.Pick($"已记录对{ItemTexts.Item(lang, number)}的批示；{unit}没有负责人或联络员，未能推送。", $"Instruction on item {number} recorded; {unit} has no head or liaison to send it to.")
        : lang.Pick($"已记录对{ItemTexts.Item(lang, number)}的批示，并推送给{unit}的{Names(lang, people)}。", $"Instruction on item {number} recorded and sent to {Names(lang, people)} of {unit}.");

    public static string Pushed(Lang lang, string leader, int number, string task, string text) => lang.Pick(
        $"📌 {leader}对第{number}条“{ItemTexts.Short(task, 40)}”作出批示：{text}",
        $"📌 {leader} gave an instruction on item {number} \"{ItemTexts.Short(task, 40)}\": {text}");
    public static string History(Lang lang) => lang.Pick("查看记录", "History");

    public static string HelpSay(Lang lang) => lang.Pick("第3条批示：请于周五前专题汇报", "instruction on item 3: report on it by Friday");
    public static string HelpWhat(Lang lang) => lang.Pick("分管领导对分管单位的事项作批示，推送给该单位负责人和联络员", "leaders: instruct on an item of a unit in charge; sent to its head and liaison");
    public static string Proposal(Lang lang) => lang.Pick("作批示", "give an instruction");
}
