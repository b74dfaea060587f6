using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding;
using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake;

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

    /// <summary>A short minutes needs no more than a title and a few numbered tasks: numbered lines make a document.</summary>
    private const int NumberedMinLength = 80;
    private const int NumberedLinesNeeded = 2;

    /// <param name="text">The normalised text the rules read.</param>
    /// <param name="original">The message as the user sent it: intake keeps its exact wording.</param>
    public static Intent? Start(string text, string original)
    {
        if (text.Length < NumberedMinLength) return null;
        var markers = MeetingMarkers().Matches(text).Select(m => m.Value).Distinct().Count();
        var meeting = text.Length >= MeetingTextMinLength ? markers >= MeetingMarkersNeeded
            : (text.Length >= DenseMinLength && markers >= DenseMarkersNeeded)
              // 纪要 of a few lines (a title, 1. 2. 3. tasks, a relay sentence) is a document, not a chat
              // message, however few genre words it has; a relay report is one or two sentences.
              || (NumberedLine().Matches(text).Count >= NumberedLinesNeeded && markers >= MeetingMarkersNeeded);
        return meeting ? Intent.Of(IntakeCapability.Start, ("text", original)) : null;
    }

    public static Intent? Edit(string text, DateOnly today)
    {
        if (AddItem().Match(text) is { Success: true } add)
            return Edit(null, "add", add.Groups["v"].Value);
        // Lists and ranges before single items: 删除第3、5、7条 must never shrink to 删除第3条.
        if (DeleteMany().Match(text) is { Success: true } many && ItemList(many.Groups["list"].Value) is { } deleted)
            return Bulk("delete", deleted, null);
        if (KeepOnly().Match(text) is { Success: true } keep && ItemList(keep.Groups["list"].Value) is { } kept)
            return Bulk("keep", kept, null);
        if (OwnerOfAll().Match(text) is { Success: true } all)
            return Bulk("owner", "all", all.Groups["v"].Value);

        var item = TextSlots.Item(text);
        if (item is null) return null;
        // Assisting units before 删除: 删除第8条的配合单位 国土 removes a unit, not the item.
        if (RemoveAssisting().Match(text) is { Success: true } remove) return Edit(item, "assisting-remove", remove.Groups["v"].Value);
        if (AddAssisting().Match(text) is { Success: true } more) return Edit(item, "assisting", more.Groups["v"].Value);
        if (DeleteItem().IsMatch(text)) return Edit(item, "delete", null);
        if (Assisting().Match(text) is { Success: true } assisting) return Edit(item, "assisting-set", assisting.Groups["v"].Value);
        if (Owner().Match(text) is { Success: true } owner) return Edit(item, "owner", owner.Groups["v"].Value);
        if (Deadline().Match(text) is { Success: true } deadline)
        {
            var said = deadline.Groups["v"].Value;
            return Edit(item, "deadline", ChatDates.FindIso(said, today) ?? said);
        }
        if (Task().Match(text) is { Success: true } task) return Edit(item, "task", task.Groups["v"].Value);
        return null;
    }

    /// <summary>An edit of several items: "items" is "3,5,7" (ranges spelled out) or "all".</summary>
    private static Intent? Bulk(string field, string items, string? value)
    {
        var slots = new Dictionary<string, string> { ["field"] = field, ["items"] = items };
        if (value is not null)
        {
            value = TextSlots.TrimSeparators(value);
            if (value.Length == 0) return null;
            slots["value"] = value;
        }
        return new Intent(IntakeCapability.Edit, slots);
    }

    /// <summary>Longest range spelled out; anything longer is not a review of one meeting.</summary>
    private const int MaxListedItems = 1000;

    /// <summary>"第3、5、7" → "3,5,7"; "3-7" → "3,4,5,6,7"; null when it is not a list of item numbers.</summary>
    private static string? ItemList(string list)
    {
        var numbers = new List<int>();
        foreach (var part in ListSeparator().Split(list))
        {
            var ends = RangeSeparator().Split(part).Select(x => ChineseNumerals.Parse(x.Trim().TrimStart('第').Trim())).ToList();
            if (ends.Count == 0 || ends.Any(e => e is null or < 1)) return null;
            var (from, to) = (ends[0]!.Value, ends[^1]!.Value);
            if (ends.Count > 2 || to < from || to - from >= MaxListedItems) return null;
            numbers.AddRange(Enumerable.Range(from, to - from + 1));
        }
        return numbers.Count is 0 or > MaxListedItems ? null : string.Join(",", numbers.Distinct().Select(TextSlots.Digits));
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
        return new Intent(IntakeCapability.Edit, slots);
    }

    [GeneratedRegex(@"同志们|会议|纪要|责任单位|牵头|负责|落实|各单位|整改|部署|务必|抓好|推进|要求|分工|督办|贯彻")]
    private static partial Regex MeetingMarkers();

    [GeneratedRegex(@"^(?:请)?(?:增加|新增|添加|补充)(?:一条|一项)(?:事项|任务)?\s*[:：,，]?\s*(?<v>.+)$|^add\s+(?:an?\s+|one\s+)?(?:item|directive)\s*[:：,]?\s*(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AddItem();

    [GeneratedRegex(@"^(?:请)?(?:删除|删掉|去掉|移除)\s*第|^(?:delete|remove|drop)\s+(?:item|no\.|#)|^第.{1,4}[条项]\s*(?:删除|删掉|不要了|去掉)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeleteItem();

    // After NFKC: 、 stays, ，becomes ",", ～ becomes "~", （ becomes "(".
    private const string Number = @"(?:\d+|" + TextSlots.Cn + ")";
    private const string Listed = @"第?\s*" + Number + @"(?:\s*(?:[、,;和及与]|[-~—–至到])\s*第?\s*" + Number + ")";
    private const string EnListed = @"\d+(?:\s*(?:,|and|&|-|–|to|through)\s*\d+)";

    [GeneratedRegex(@"^(?:请)?(?:删除|删掉|去掉|移除)\s*(?<list>" + Listed + @"+)\s*[条项]|^(?:delete|remove|drop)\s+items?\s+(?<list>" + EnListed + "+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeleteMany();

    [GeneratedRegex(@"^(?:请)?(?:只|仅)(?:保留|留下|要)\s*(?<list>" + Listed + @"*)\s*[条项]|^(?:请)?(?:保留|留下)\s*(?<list>" + Listed + @"*)\s*[条项].*(?:其余|其他|其它).*(?:删除|删掉|去掉|不要)|^keep\s+(?:only\s+)?items?\s+(?<list>" + EnListed + "*)", RegexOptions.IgnoreCase)]
    private static partial Regex KeepOnly();

    [GeneratedRegex(@"[、,;和及与]|\band\b|&")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"[-~—–至到]|\bto\b|\bthrough\b")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^(?:请)?(?:把|将)?(?:全部|所有|全都|一律)(?:事项|条目)?(?:的)?(?:负责单位|牵头单位|责任单位)?(?:都|均|统一)?(?:设为|设置为|改为|改成|定为|调整为|换成)\s*(?<v>.+)$|^set\s+(?:the\s+)?(?:owner|lead unit)s?\s+(?:of\s+)?(?:all|every)\s+items?\s+to\s+(?<v>.+)$|^(?:set\s+)?all\s+items?\s+(?:owner|lead unit)?\s*(?:to|:|=)\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerOfAll();

    [GeneratedRegex(@"(?:删除|删掉|去掉|移除|取消)[^,。]{0,8}?(?:配合单位|协办单位|会同单位|配合)(?:中的|里的|中)?\s*[:：]?\s*(?<v>.+)$|(?:配合单位|协办单位|会同单位)(?:中|里)?\s*(?:删除|删掉|去掉|移除|取消)\s*(?<v>.+)$|\b(?:remove|delete|drop)\s+(?:the\s+)?assisting\s+units?\s*[:：]?\s*(?<v>.+?)(?:\s+from\s+item.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RemoveAssisting();

    [GeneratedRegex(@"(?:增加|添加|新增|加上|追加)[^,。]{0,8}?(?:配合单位|协办单位|会同单位|配合)\s*[:：]?\s*(?<v>.+)$|\badd\s+(?:an?\s+)?assisting\s+units?\s*[:：]?\s*(?<v>.+?)(?:\s+to\s+item.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AddAssisting();

    /// <summary>配合单位 改为 X / 配合单位：X sets the whole list (replace).</summary>
    [GeneratedRegex(@"(?:配合单位|协办单位|会同单位|配合)\s*(?:改为|改成|调整为|换成|为|是|:|：)?\s*(?<v>.+)$|assisting(?:\s+units?)?\s*(?:is|are|:|to|=)?\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Assisting();

    /// <summary>A line that starts with an item number: 一、 (一) 1. 1、 ① 第一条.</summary>
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[条项、])", RegexOptions.Multiline)]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"(?:负责单位|牵头单位|责任单位|主办单位|承办单位|负责部门|牵头部门)\s*(?:改为|改成|调整为|换成|为|是|:|：)?\s*(?<v>.+)$|(?:改为|改成|换成|调整为)?由\s*(?<v>.+?)\s*(?:牵头|负责|主办)(?:落实|办理)?$|(?:owner|lead unit|owning unit)\s*(?:is|:|to|=|->)?\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    [GeneratedRegex(@"(?:截止|期限|时限|完成时间|完成时限|办结时限)(?:日期|时间)?\s*(?:改为|改成|调整为|延长到|延期到|为|是|到|:|：)?\s*(?<v>.+)$|(?:deadline|due date|due)\s*(?:is|:|to|=|->)?\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"(?:任务|内容|事项内容|任务内容)\s*(?:改为|改成|修改为|调整为|:|：)\s*(?<v>.+)$|(?:task|text|wording)\s*(?:is|:|to|=|->)\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Task();
}
