using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// A pasted meeting text (讲话, 纪要, 分工方案) starts an intake; during its review the office edits
/// items in chat: "第3条 负责单位 市政工程处", "第5条 截止 12月10日", "第2条 增加配合单位 政策法规科",
/// "删除第7条", "增加一条：…".
/// </summary>
internal static partial class IntakeRules
{
    /// <summary>Shorter messages are chat; a speech or minutes runs to hundreds of characters.</summary>
    public const int MeetingTextMinLength = 300;

    /// <summary>Distinct meeting-genre words a long text needs before it is taken as a meeting.</summary>
    private const int MeetingMarkersNeeded = 2;

    /// <summary>Short minutes (会议纪要) are dense: half the length will do when the genre words are many.</summary>
    private const int DenseMinLength = MeetingTextMinLength / 2;
    private const int DenseMarkersNeeded = 5;

    /// <param name="text">The normalised text the rules read.</param>
    /// <param name="original">The message as the user sent it: intake keeps its exact wording.</param>
    public static Intent? Start(string text, string original)
    {
        if (text.Length < DenseMinLength) return null;
        var markers = MeetingMarkers().Matches(text).Select(m => m.Value).Distinct().Count();
        var meeting = text.Length >= MeetingTextMinLength ? markers >= MeetingMarkersNeeded : markers >= DenseMarkersNeeded;
        return meeting ? Intent.Of(Intents.IntakeStart, ("text", original)) : null;
    }

    public static Intent? Edit(string text, DateOnly today)
    {
        if (AddItem().Match(text) is { Success: true } add)
            return Edit(null, "add", add.Groups["v"].Value);

        var item = TextSlots.Item(text);
        if (item is null) return null;
        if (DeleteItem().IsMatch(text)) return Edit(item, "delete", null);
        if (Assisting().Match(text) is { Success: true } assisting) return Edit(item, "assisting", assisting.Groups["v"].Value);
        if (Owner().Match(text) is { Success: true } owner) return Edit(item, "owner", owner.Groups["v"].Value);
        if (Deadline().Match(text) is { Success: true } deadline)
        {
            var said = deadline.Groups["v"].Value;
            return Edit(item, "deadline", ChatDates.FindIso(said, today) ?? said);
        }
        if (Task().Match(text) is { Success: true } task) return Edit(item, "task", task.Groups["v"].Value);
        return null;
    }

    private static Intent? Edit(int? item, string field, string? value)
    {
        var slots = new Dictionary<string, string> { ["field"] = field };
        if (item is { } n) slots["item"] = TextSlots.Digits(n);
        if (value is not null)
        {
            value = TextSlots.TrimSeparators(value);
            if (value.Length == 0) return null;
            slots["value"] = value;
        }
        return new Intent(Intents.IntakeEdit, slots);
    }

    [GeneratedRegex(@"同志们|会议|纪要|责任单位|牵头|负责|落实|各单位|整改|部署|务必|抓好|推进|要求|分工|督办|贯彻")]
    private static partial Regex MeetingMarkers();

    [GeneratedRegex(@"^(?:请)?(?:增加|新增|添加|补充)(?:一条|一项)(?:事项|任务)?\s*[:：,，]?\s*(?<v>.+)$|^add\s+(?:an?\s+|one\s+)?(?:item|directive)\s*[:：,]?\s*(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AddItem();

    [GeneratedRegex(@"^(?:请)?(?:删除|删掉|去掉|移除)\s*第|^(?:delete|remove|drop)\s+(?:item|no\.|#)|^第.{1,4}[条项]\s*(?:删除|删掉|不要了|去掉)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeleteItem();

    [GeneratedRegex(@"(?:增加|添加|新增|加上)?(?:配合单位|协办单位|会同单位|配合)\s*(?:改为|改成|调整为|为|是|:|：)?\s*(?<v>.+)$|add\s+(?:an?\s+)?assisting\s+unit\s+(?<v>.+?)(?:\s+to\s+item.*)?$|assisting(?:\s+units?)?\s*(?:is|are|:|to|=)?\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Assisting();

    [GeneratedRegex(@"(?:负责单位|牵头单位|责任单位|主办单位|承办单位|负责部门|牵头部门)\s*(?:改为|改成|调整为|换成|为|是|:|：)?\s*(?<v>.+)$|(?:改为|改成|换成|调整为)?由\s*(?<v>.+?)\s*(?:牵头|负责|主办)(?:落实|办理)?$|(?:owner|lead unit|owning unit)\s*(?:is|:|to|=|->)?\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    [GeneratedRegex(@"(?:截止|期限|时限|完成时间|完成时限|办结时限)(?:日期|时间)?\s*(?:改为|改成|调整为|延长到|延期到|为|是|到|:|：)?\s*(?<v>.+)$|(?:deadline|due date|due)\s*(?:is|:|to|=|->)?\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"(?:任务|内容|事项内容|任务内容)\s*(?:改为|改成|修改为|调整为|:|：)\s*(?<v>.+)$|(?:task|text|wording)\s*(?:is|:|to|=|->)\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Task();
}
