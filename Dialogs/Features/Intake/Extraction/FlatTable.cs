using System.Text.RegularExpressions;
using static ChatBot.Dialogs.Features.Intake.Extraction.LabelledFields;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>One row of a task table: its cells by meaning, and the span from its first to its last cell.</summary>
internal sealed record TableRow(IReadOnlyList<(Column Column, string Text)> Cells, TextSpan Span)
{
    public string Get(Column c) => string.Join("；", Cells.Where(x => x.Column == c && x.Text.Length > 0).Select(x => x.Text));
}

/// <summary>
/// Task-division plans arrive as tables: pasted with tabs, or flattened one cell per line (how a .docx table
/// or a copy from a PDF reads). A run of at least three header cells (序号/工作任务/责任单位/完成时限…) marks one.
/// </summary>
internal static partial class FlatTable
{
    /// <param name="plausible">Whether cells read as a row (a unit in the lead column, a time in the deadline column);
    /// a table without a 序号 column ends where the lines stop looking like rows.</param>
    public static List<TableRow> Read(string text, IReadOnlyList<TextSpan> lines, ISet<int> consumed, Func<IReadOnlyList<(Column, string)>, bool> plausible)
    {
        var rows = new List<TableRow>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (consumed.Contains(i) || lines[i].Length == 0) continue;
            var line = lines[i].Of(text);
            if (line.Contains('\t')) { i = ReadTabbed(text, lines, i, consumed, rows); continue; }

            var header = new List<Column>();
            for (var j = i; j < lines.Count && lines[j].Length > 0 && Classify(lines[j].Of(text)) is var c and not Column.None; j++)
                header.Add(c);
            if (!IsTaskHeader(header)) continue;

            var cols = header.Count;
            for (var k = i; k < i + cols; k++) consumed.Add(k);
            var numberCol = header.IndexOf(Column.Number);
            var r = i + cols;
            // The last row of a copied table may stop early (merged cells below it were not copied): its missing cells are empty.
            while (r + cols <= lines.Count || (numberCol == 0 && r + 1 < lines.Count && RowNumber().IsMatch(lines[r].Of(text))))
            {
                if (lines[r].Length == 0 && numberCol != 0) break;
                if (numberCol >= 0 && !RowNumber().IsMatch(lines[r + numberCol].Of(text))) break;
                var cells = Enumerable.Range(0, cols).Select(k => (header[k], r + k < lines.Count ? lines[r + k].Of(text) : "")).ToList();
                if (numberCol < 0 && !plausible(cells)) break;
                var nonEmpty = Enumerable.Range(r, Math.Min(cols, lines.Count - r)).Where(k => lines[k].Length > 0).ToList();
                rows.Add(new TableRow(cells, new TextSpan(lines[nonEmpty[0]].Start, lines[nonEmpty[^1]].End)));
                for (var k = r; k < r + cols && k < lines.Count; k++) consumed.Add(k);
                r += cols;
            }
            i = r - 1;
        }
        return rows;
    }

    private static int ReadTabbed(string text, IReadOnlyList<TextSpan> lines, int i, ISet<int> consumed, List<TableRow> rows)
    {
        var header = lines[i].Of(text).Split('\t').Select(Classify).ToList();
        if (!IsTaskHeader(header.Where(c => c != Column.None).ToList())) return i;
        consumed.Add(i);
        var r = i + 1;
        for (; r < lines.Count && lines[r].Of(text).Contains('\t'); r++)
        {
            var cells = lines[r].Of(text).Split('\t');
            rows.Add(new TableRow(
                cells.Take(header.Count).Select((t, k) => (header[k], t.Trim())).ToList(),
                lines[r]));
            consumed.Add(r);
        }
        return r - 1;
    }

    private static bool IsTaskHeader(List<Column> header) =>
        header.Count >= 3
        && header.Any(c => c is Column.Task or Column.Problem or Column.Measure)
        && header.Any(c => c is Column.Lead or Column.Deadline);

    [GeneratedRegex(@"^\d{1,3}[.、．]?$")]
    private static partial Regex RowNumber();
}
