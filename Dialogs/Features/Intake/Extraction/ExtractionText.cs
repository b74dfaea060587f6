using System.Text;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>The plain-text view of an extraction, as a reviewer reads it in a terminal.</summary>
public static class ExtractionText
{
    public static string Write(ExtractionResult result)
    {
        var sb = new StringBuilder();
        var m = result.Meeting;
        sb.AppendLine($"会议：{m.Title ?? "（未识别）"}  日期：{Date(m.Date)}{(m.Speaker is null ? "" : $"  讲话/主持：{m.Speaker}")}");
        foreach (var r in result.Relay)
            sb.AppendLine($"传达要求：{Units(r.Units)}  形式：{string.Join("、", r.Forms)}  时限：{r.DeadlineText ?? "—"}（{Date(r.Due)}）");
        var n = 0;
        foreach (var d in result.Directives)
        {
            sb.AppendLine($"{++n}. {d.Task}");
            sb.AppendLine($"   牵头：{Units(d.Owners)}{(d.Assisting.Count > 0 ? $"  配合：{string.Join("、", d.Assisting)}" : "")}  时限：{d.DeadlineText ?? "—"}（{Date(d.Due)}）");
            if (d.NeedsReview.Count > 0) sb.AppendLine($"   待核：{string.Join("，", d.NeedsReview)}");
        }
        if (result.Directives.Count == 0) sb.AppendLine("（未识别到督办事项）");
        return sb.ToString();
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "待定";

    private static string Units(List<string> units) =>
        units.Count == 0 ? "（未明确）" : string.Join("、", units.Select(u => u == "*" ? "局属各单位" : u));
}
