using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// Applies one reviewer edit to a draft: 负责单位 / 配合单位 / 截止 / 任务 / 删除 / 增加一条.
/// Returns the text that says what changed, or the problem (an item that does not exist).
/// </summary>
public sealed class DraftEdits(RosterNames roster, RuleExtractor rules, ChineseTimeResolver time, DateOnly today)
{
    public sealed record Outcome(bool Applied, string Message);

    public Outcome Apply(IntakeDraft draft, Intent edit, Lang lang)
    {
        var field = edit.Slot("field") ?? "";
        var value = edit.Slot("value")?.Trim() ?? "";
        if (field == "add") return Add(draft, value, lang);

        if (!int.TryParse(edit.Slot("item"), out var n) || n < 1 || n > draft.Items.Count)
            return new(false, IntakeTexts.NoSuchItem(lang, edit.Slot("item") ?? "?", draft.Items.Count));
        var item = draft.Items[n - 1];
        switch (field)
        {
            case "delete":
                draft.Items.RemoveAt(n - 1);
                return new(true, IntakeTexts.Deleted(lang, n));
            case "owner":
                item.Owners.Clear();
                item.Owners.AddRange(RosterNames.Split(value).Select(roster.Canonical).Distinct());
                item.Assisting.RemoveAll(item.Owners.Contains);
                break;
            case "assisting":
                foreach (var name in RosterNames.Split(value).Select(roster.Canonical))
                    if (!item.Assisting.Contains(name) && !item.Owners.Contains(name)) item.Assisting.Add(name);
                break;
            case "deadline":
                SetDeadline(item, value);
                break;
            case "task" when value.Length > 0:
                item.Task = value;
                break;
            default:
                return new(false, IntakeTexts.EditNotUnderstood(lang));
        }
        roster.Reflag(item);
        return new(true, IntakeTexts.Edited(lang, n));
    }

    /// <summary>"2026-12-10" from the chat rules, or words ("12月底前") read by the time resolver.</summary>
    private void SetDeadline(ExtractedDirective item, string value)
    {
        item.NeedsReview.Remove("needs-date");
        item.NeedsReview.Remove("ongoing");
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date))
        {
            item.Due = date;
            item.DeadlineText = $"{date.Month}月{date.Day}日";
            return;
        }
        var resolved = time.Resolve(value, today);
        item.DeadlineText = value;
        item.Due = resolved.Date;
        if (resolved.Date is null) item.NeedsReview.Add("needs-date");
    }

    /// <summary>增加一条：the rules read the sentence for owners and deadline, as they would in the meeting text.</summary>
    private Outcome Add(IntakeDraft draft, string value, Lang lang)
    {
        if (value.Length == 0) return new(false, IntakeTexts.EditNotUnderstood(lang));
        var read = rules.Extract(value, roster.Units, today).Directives.FirstOrDefault();
        var item = read ?? new ExtractedDirective { Task = value };
        item.Source = value;
        if (read is null) roster.Reflag(item);
        draft.Items.Add(item);
        return new(true, IntakeTexts.Added(lang, draft.Items.Count));
    }
}
