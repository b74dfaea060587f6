using System.Diagnostics;

namespace ChatBot.Bot.Tests.Features.Ledger;

/// <summary>
/// A test that needs LibreOffice (Debian's libreoffice-calc): skipped without it on a developer machine,
/// failing under CI=true, where .ci/run installs it.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Path is null && !Web.BrowserFactAttribute.IsCi)
            Skip = "LibreOffice (soffice) not found (apt-get install libreoffice-calc); these tests run in CI.";
    }
}

/// <summary>A test that needs LibreOffice Writer (Debian's libreoffice-writer) to open .docx files; skipped or failing as above.</summary>
public sealed class LibreOfficeWriterFactAttribute : FactAttribute
{
    public LibreOfficeWriterFactAttribute()
    {
        if ((LibreOffice.Path is null || !LibreOffice.HasWriter) && !Web.BrowserFactAttribute.IsCi)
            Skip = "LibreOffice Writer not found (apt-get install libreoffice-writer); these tests run in CI.";
    }
}

internal static class LibreOffice
{
    /// <summary>Writer's library: without it soffice cannot read a .docx.</summary>
    public static bool HasWriter => File.Exists("/usr/lib/libreoffice/program/libswlo.so");

    public static string? Path => new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>
    /// Converts <paramref name="file"/> with soffice --headless --convert-to, with its own profile (so runs
    /// in parallel do not share one) and a bound: a conversion that takes longer fails the test.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ConvertAsync(string file, string filter, string outDir)
    {
        var soffice = Path ?? throw new InvalidOperationException("soffice is not installed (apt-get install libreoffice-calc)");
        var profile = Directory.CreateTempSubdirectory("lo-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(180));
            var output = process.StandardOutput.ReadToEndAsync(bound.Token);
            var errors = process.StandardError.ReadToEndAsync(bound.Token);
            try
            {
                await process.WaitForExitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish converting {file} within 180 s");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"soffice exited {process.ExitCode}: {await errors}");
            _ = await output;
            var stem = System.IO.Path.GetFileNameWithoutExtension(file);
            return Directory.GetFiles(outDir).Where(f => System.IO.Path.GetFileName(f).StartsWith(stem, StringComparison.Ordinal) && f != file).Order().ToList();
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>A CSV line split into fields (quotes honoured).</summary>
    public static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
