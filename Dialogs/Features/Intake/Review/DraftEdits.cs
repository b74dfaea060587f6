using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// Applies one reviewer edit to a draft: 负责单位 / 配合单位 (set, add, remove) / 截止 / 任务 / 删除 /
/// 增加一条, and the bulk forms 删除第3、5、7条, 只保留第1-12条, 全部设为X. Returns the text that says what
/// changed, or the problem (an item that does not exist); a rejected edit changes nothing.
/// </summary>
public sealed class DraftEdits(RosterNames roster, RuleExtractor rules, ChineseTimeResolver time, DateOnly today)
{
    /// <param name="Item">The item to show after the edit (1-based), so the card opens on its page.</param>
    public sealed record Outcome(bool Applied, string Message, int? Item = null);

    /// <param name="typed">The message as sent: free text (a task, a new item) is kept as typed, full-width punctuation and all.</param>
    public Outcome Apply(IntakeDraft draft, Intent edit, Lang lang, string? typed = null)
    {
        var field = edit.Slot("field") ?? "";
        var value = TypedText.Recover(typed, edit.Slot("value")?.Trim() ?? "");
        if (field == "add") return Add(draft, value, lang);
        if (edit.Slot("items") is { } items) return Bulk(draft, field, items, value, lang);

        if (!int.TryParse(edit.Slot("item"), out var n) || n < 1 || n > draft.Items.Count)
            return new(false, IntakeTexts.NoSuchItem(lang, edit.Slot("item") ?? "?", draft.Items.Count));
        var item = draft.Items[n - 1];
        string? note = null;
        switch (field)
        {
            case "delete":
                draft.Items.RemoveAt(n - 1);
                return new(true, IntakeTexts.Deleted(lang, n), Math.Min(n, draft.Items.Count));
            case "owner":
                SetOwners(item, value);
                break;
            case "assisting":
                foreach (var name in Names(value))
                    if (!item.Assisting.Contains(name) && !item.Owners.Contains(name)) item.Assisting.Add(name);
                break;
            case "assisting-set":
                item.Assisting.Clear();
                item.Assisting.AddRange(Names(value).Where(a => !item.Owners.Contains(a)));
                break;
            case "assisting-remove":
                var gone = RemoveAssisting(item, value);
                if (gone.Count == 0) return new(false, IntakeTexts.NotAssisting(lang, n, value, item.Assisting));
                break;
            case "deadline":
                note = SetDeadline(item, value, lang, n);
                break;
            case "task" when value.Length > 0:
                item.Task = value;
                break;
            default:
                return new(false, IntakeTexts.EditNotUnderstood(lang));
        }
        // The reviewer worked on this item: it is theirs now, no longer the rules' doubt.
        item.NeedsReview.Remove(ReviewCodes.Unsure);
        roster.Reflag(item);
        return new(true, IntakeTexts.Edited(lang, n) + (note is null ? "" : " " + note), n);
    }

    /// <summary>删除第3、5、7条 / 只保留第1-12条 / 全部设为X: every number is checked before anything changes.</summary>
    private Outcome Bulk(IntakeDraft draft, string field, string items, string value, Lang lang)
    {
        if (field == "owner" && items == "all")
        {
            if (draft.Items.Count == 0 || value.Length == 0) return new(false, IntakeTexts.EditNotUnderstood(lang));
            foreach (var item in draft.Items)
            {
                SetOwners(item, value);
                roster.Reflag(item);
            }
            return new(true, IntakeTexts.OwnerOfAll(lang, draft.Items.Count, string.Join("、", Names(value))), 1);
        }
        var numbers = items.Split(',').Select(x => int.TryParse(x, out var i) ? i : 0).Distinct().ToList();
        var missing = numbers.FirstOrDefault(i => i < 1 || i > draft.Items.Count);
        if (missing != 0 || numbers.Count == 0)
            return new(false, IntakeTexts.NoSuchItem(lang, missing.ToString(), draft.Items.Count));
        var chosen = numbers.ToHashSet();
        switch (field)
        {
            case "delete":
                RemoveNumbered(draft.Items, chosen.Contains);
                return new(true, IntakeTexts.DeletedMany(lang, numbers.Order().ToList()), 1);
            case "keep":
                var dropped = draft.Items.Count - chosen.Count;
                RemoveNumbered(draft.Items, i => !chosen.Contains(i));
                return new(true, IntakeTexts.Kept(lang, numbers.Order().ToList(), dropped), 1);
            default:
                return new(false, IntakeTexts.EditNotUnderstood(lang));
        }
    }

    /// <summary>Removes the items whose number (1-based position) matches, last first so numbers hold.</summary>
    private static void RemoveNumbered(List<ExtractedDirective> items, Func<int, bool> numbered)
    {
        for (var i = items.Count; i >= 1; i--)
            if (numbered(i)) items.RemoveAt(i - 1);
    }

    private void SetOwners(ExtractedDirective item, string value)
    {
        item.Owners.Clear();
        item.Owners.AddRange(Names(value));
        item.Assisting.RemoveAll(item.Owners.Contains);
    }

    /// <summary>Roster names where known; anything else exactly as written, to be flagged.</summary>
    private List<string> Names(string value) =>
        IsAllUnits(value) ? [RosterNames.AllUnits] : RosterNames.Split(value).Select(roster.Canonical).Distinct().ToList();

    private static bool IsAllUnits(string value) => value.Trim() is "*" or "全部单位" or "局属各单位" or "各单位" or "所有单位" or "all units";

    /// <summary>删除配合单位 国土: a roster name, or the item's own name as written that holds the words.</summary>
    private List<string> RemoveAssisting(ExtractedDirective item, string value)
    {
        var gone = new List<string>();
        foreach (var said in RosterNames.Split(value))
        {
            var canonical = roster.Canonical(said);
            var match = item.Assisting.Where(a => a == canonical || a.Contains(said, StringComparison.Ordinal)).ToList();
            gone.AddRange(match);
            item.Assisting.RemoveAll(match.Contains);
        }
        return gone;
    }

    /// <summary>"2026-12-10" from the chat rules, or words ("12月底前") read by the time resolver. Says so when the date has passed.</summary>
    private string? SetDeadline(ExtractedDirective item, string value, Lang lang, int n)
    {
        item.NeedsReview.Remove("needs-date");
        item.NeedsReview.Remove("ongoing");
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date))
        {
            item.Due = date;
            item.DeadlineText = $"{date.Month}月{date.Day}日";
        }
        else
        {
            var resolved = time.Resolve(value, today);
            item.DeadlineText = value;
            item.Due = resolved.Date;
            if (resolved.Date is null) item.NeedsReview.Add("needs-date");
        }
        return item.Due is { } due && due < today ? IntakeTexts.PastDeadline(lang, n, due) : null;
    }

    /// <summary>增加一条：the rules read the sentence for owners and deadline, as they would in the meeting text.</summary>
    private Outcome Add(IntakeDraft draft, string value, Lang lang)
    {
        if (value.Length == 0) return new(false, IntakeTexts.EditNotUnderstood(lang));
        var read = rules.Extract(value, roster.Units, today).Directives.FirstOrDefault();
        var item = read ?? new ExtractedDirective { Task = value };
        item.Source = value;
        // Typed by the reviewer: whatever the rules thought of the wording, it is a task.
        item.NeedsReview.Remove(ReviewCodes.Unsure);
        roster.Reflag(item);
        draft.Items.Add(item);
        var n = draft.Items.Count;
        var past = item.Due is { } due && due < today ? " " + IntakeTexts.PastDeadline(lang, n, due) : "";
        return new(true, IntakeTexts.Added(lang, n) + past, n);
    }
}
