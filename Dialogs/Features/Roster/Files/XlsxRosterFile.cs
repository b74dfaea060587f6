using MiniExcelLibs;

namespace ChatBot.Dialogs.Features.Roster.Files;

/// <summary>The .xlsx form: a sheet "units" and a sheet "members", header row first, the same columns as the CSV form.</summary>
public static class XlsxRosterFile
{
    public static RosterDocument Read(string path)
    {
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(path);
        }
        catch (Exception e) when (e is not RosterFileException)
        {
            throw RosterFileException.At(path, null, null, "not a readable .xlsx workbook");
        }
        var roster = new RosterDocument();
        foreach (var table in new[] { "units", "members" })
        {
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Trim(), table, StringComparison.OrdinalIgnoreCase))
                ?? throw RosterFileException.At(path, null, null, $"no sheet named '{table}'");
            var rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet)
                .Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray())
                .ToList();
            if (rows.Count == 0) continue;
            var header = rows[0].Select(h => RosterTable.Canonical(table, h)).ToArray();
            RosterTable.CheckHeader(path, table, $"sheet {table}, row 1", header);
            for (var i = 1; i < rows.Count; i++)
            {
                if (rows[i].All(string.IsNullOrWhiteSpace)) continue;
                var cells = header.Zip(rows[i]).Where(p => p.First.Length > 0).ToDictionary(p => p.First, p => p.Second);
                var row = new RosterTable.Row(cells, $"sheet {table}, row {i + 1}");
                if (table == "units") roster.Units.Add(RosterTable.ToUnit(row));
                else roster.Members.Add(RosterTable.ToMember(row));
            }
        }
        return roster;
    }

    public static void Write(RosterDocument roster, string path)
    {
        var sheets = new Dictionary<string, object>
        {
            ["units"] = Table(RosterTable.UnitColumns, RosterTable.UnitRows(roster)),
            ["members"] = Table(RosterTable.MemberColumns, RosterTable.MemberRows(roster)),
        };
        MiniExcel.SaveAs(path, sheets, overwriteFile: true);
    }

    private static List<Dictionary<string, object>> Table(string[] columns, IEnumerable<string[]> rows) =>
        rows.Select(r => columns.Zip(r).ToDictionary(p => p.First, p => (object)p.Second)).ToList();
}
