using System.IO.Compression;

namespace ChatBot.Bot.Intake;

/// <summary>
/// Looks inside a .docx (a zip package) before it is parsed: too many parts, or parts that unpack past
/// the limit, are refused. The sizes come from the package's directory, which the sender writes; that is
/// still a real bound, because System.IO.Compression (which the Open XML SDK reads through) never unpacks
/// an entry past its declared size — a part that claims less is cut short, not expanded.
/// </summary>
public static class DocxPackageCheck
{
    public enum Verdict { Fine, NotAPackage, TooManyEntries, TooLargeUnpacked }

    public static Verdict Check(byte[] bytes, long maxUnpackedBytes, int maxEntries)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > maxEntries) return Verdict.TooManyEntries;
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length < 0 || total > maxUnpackedBytes) return Verdict.TooLargeUnpacked;
            }
            return Verdict.Fine;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return Verdict.NotAPackage;
        }
    }
}
