using System.Text;

namespace ChatBot.Dialogs.Features.Roster.Files;

/// <summary>
/// The CSV form: one file with a "[units]" section and a "[members]" section, each a header row and
/// then one row per unit or member (RFC 4180 quoting; UTF-8 with a BOM so Excel shows Chinese).
/// </summary>
public static class CsvRosterFile
{
    public static RosterDocument Read(string path)
    {
        var roster = new RosterDocument();
        string? section = null;
        string[]? header = null;
        var lineNo = 0;
        foreach (var (record, line) in Records(path, Decode(path)))
        {
            lineNo = line;
            var first = record.Length > 0 ? record[0].Trim() : "";
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            if (first.StartsWith('[') && first.EndsWith(']') && record.Skip(1).All(string.IsNullOrWhiteSpace))
            {
                section = first[1..^1].Trim().ToLowerInvariant();
                if (section is not ("units" or "members"))
                    throw RosterFileException.At(path, $"line {line}", null, $"unknown section '{first}' (expected [units] or [members])");
                header = null;
                continue;
            }
            if (section is null)
                throw RosterFileException.At(path, $"line {line}", null, "a row before any section; start with a line \"[units]\" or \"[members]\"");
            if (header is null)
            {
                header = record.Select(h => RosterTable.Canonical(section, h)).ToArray();
                RosterTable.CheckHeader(path, section, $"line {line}", header);
                continue;
            }
            if (record.Length > header.Length && record.Skip(header.Length).Any(c => c.Trim().Length > 0))
                throw RosterFileException.At(path, $"line {line}", null, $"{record.Length} cells but the header has {header.Length}");
            var cells = header.Zip(record).Where(p => p.First.Length > 0).ToDictionary(p => p.First, p => p.Second);
            var row = new RosterTable.Row(cells, $"line {line}");
            if (section == "units") roster.Units.Add(RosterTable.ToUnit(row));
            else roster.Members.Add(RosterTable.ToMember(row));
        }
        if (roster.Units.Count == 0 && roster.Members.Count == 0)
            throw RosterFileException.At(path, lineNo > 0 ? $"line {lineNo}" : null, null, "no units and no members found");
        return roster;
    }

    public static void Write(RosterDocument roster, string path)
    {
        var text = new StringBuilder();
        text.Append("[units]\r\n");
        AppendRow(text, RosterTable.UnitColumns);
        foreach (var row in RosterTable.UnitRows(roster)) AppendRow(text, row);
        text.Append("\r\n[members]\r\n");
        AppendRow(text, RosterTable.MemberColumns);
        foreach (var row in RosterTable.MemberRows(roster)) AppendRow(text, row);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(true));
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    /// <summary>
    /// UTF-8 (with or without a BOM); otherwise GB18030, which is what Excel on a Chinese Windows writes
    /// for "CSV (逗号分隔)". Guessing wrong would silently garble every name, so UTF-8 is checked strictly.
    /// </summary>
    private static string Decode(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936).GetString(bytes);
        }
    }

    /// <summary>RFC 4180 records with the line each starts on (a quoted cell may span lines).</summary>
    private static IEnumerable<(string[] Record, int Line)> Records(string path, string text)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; cell.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0: quoted = true; break;
                case ',': cells.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n':
                    cells.Add(cell.ToString()); cell.Clear();
                    yield return (cells.ToArray(), start);
                    cells.Clear();
                    start = ++line;
                    break;
                default: cell.Append(c); break;
            }
        }
        if (quoted) throw RosterFileException.At(path, $"line {start}", null, "a quoted cell is never closed");
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return (cells.ToArray(), start);
        }
    }
}
