using System.IO.Compression;
using System.Text;
using ChatBot.Bot.Channel.Auth;
using ChatBot.Bot.Intake;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Bot.Tests.Intake;

/// <summary>The downloader: only the channel's content hosts (every redirect checked), this machine only in local mode, .docx looked into before parsing.</summary>
public class HttpMeetingFileSourceTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private readonly Dictionary<string, byte[]> _files = new();
    private int _requests;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync(app => app.Run(async http =>
    {
        Interlocked.Increment(ref _requests);
        var path = http.Request.Path.Value!.TrimStart('/');
        if (path.StartsWith("redirect/", StringComparison.Ordinal)) { http.Response.Redirect(Uri.UnescapeDataString(path["redirect/".Length..])); return; }
        if (!_files.TryGetValue(path, out var bytes)) { http.Response.StatusCode = 404; return; }
        await http.Response.Body.WriteAsync(bytes);
    }));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static HttpMeetingFileSource Source(ContentHostPolicy hosts, MeetingFileOptions? limits = null) =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), hosts, limits ?? new MeetingFileOptions(), NullLogger<HttpMeetingFileSource>.Instance);

    private static ContentHostPolicy LocalMode => ContentHostPolicy.From(new MeetingFileOptions(), new BotOptions());

    private static Task<MeetingFile> Fetch(HttpMeetingFileSource source, string name, string url) =>
        source.FetchAsync(new IncomingFile(name, Path.GetExtension(name).TrimStart('.'), url, null), 5 * 1024 * 1024, CancellationToken.None);

    [Theory]
    [InlineData("http://files.example/meeting.txt")]
    [InlineData("https://files.example/meeting.txt")]
    [InlineData("https://contoso.sharepoint.com.files.example/meeting.txt")]
    [InlineData("https://notsharepoint.com/meeting.txt")]
    [InlineData("http://contoso.sharepoint.com/meeting.txt")]
    [InlineData("https://user:pw@contoso.sharepoint.com/meeting.txt")]
    [InlineData("file:///etc/passwd")]
    public async Task Other_hosts_are_refused_without_a_request(string url)
    {
        var file = await Fetch(Source(LocalMode), "meeting.txt", url);
        Assert.Null(file.Bytes);
        Assert.Equal(MeetingFileProblem.HostNotAllowed, file.Problem);
    }

    [Fact]
    public async Task Something_that_is_not_an_address_is_unreadable()
    {
        var file = await Fetch(Source(LocalMode), "meeting.txt", "not a url");
        Assert.Equal(MeetingFileProblem.Unreadable, file.Problem);
    }

    [Theory]
    [InlineData(BotCloud.Public, "https://contoso-my.sharepoint.com/personal/u/_layouts/15/download.aspx?UniqueId=1", true)]
    [InlineData(BotCloud.Public, "https://contoso.sharepoint.com/sites/office/doc.docx", true)]
    [InlineData(BotCloud.Public, "https://contoso.sharepoint.cn/sites/office/doc.docx", false)]
    [InlineData(BotCloud.China, "https://contoso-my.sharepoint.cn/personal/u/doc.docx", true)]
    [InlineData(BotCloud.China, "https://contoso.sharepoint.com/doc.docx", false)]
    public void Each_cloud_has_its_own_content_hosts(BotCloud cloud, string url, bool allowed) =>
        Assert.Equal(allowed, ContentHostPolicy.From(new MeetingFileOptions(), new BotOptions { Cloud = cloud, AppId = "app" }).Allows(new Uri(url)));

    [Fact]
    public void Configured_hosts_replace_the_preset()
    {
        var policy = ContentHostPolicy.From(new MeetingFileOptions { ContentHosts = ["files.bureau.example"] }, new BotOptions { AppId = "app" });
        Assert.True(policy.Allows(new Uri("https://dl.files.bureau.example/a.docx")));
        Assert.False(policy.Allows(new Uri("https://contoso.sharepoint.com/a.docx")));
    }

    [Fact]
    public async Task This_machine_is_refused_once_the_bot_has_an_app_id()
    {
        _files["meeting.txt"] = "会议纪要"u8.ToArray();
        var production = ContentHostPolicy.From(new MeetingFileOptions(), new BotOptions { AppId = "app" });
        var refused = await Fetch(Source(production), "meeting.txt", $"{_server.BaseUrl}/meeting.txt");
        Assert.Equal(MeetingFileProblem.HostNotAllowed, refused.Problem);
        Assert.Equal(0, _requests);

        var local = await Fetch(Source(LocalMode), "meeting.txt", $"{_server.BaseUrl}/meeting.txt");
        Assert.Equal("会议纪要", Encoding.UTF8.GetString(local.Bytes!));
    }

    [Fact]
    public async Task A_redirect_is_followed_only_to_an_allowed_host()
    {
        _files["meeting.txt"] = "会议纪要"u8.ToArray();
        var source = Source(LocalMode);
        var within = await Fetch(source, "meeting.txt", $"{_server.BaseUrl}/redirect/{Uri.EscapeDataString("/meeting.txt")}");
        Assert.NotNull(within.Bytes);

        var away = await Fetch(source, "meeting.txt", $"{_server.BaseUrl}/redirect/{Uri.EscapeDataString("https://files.example/meeting.txt")}");
        Assert.Equal(MeetingFileProblem.HostNotAllowed, away.Problem);
    }

    [Fact]
    public async Task A_docx_that_unpacks_past_the_limit_is_refused_unparsed()
    {
        // 40 MB of zeros packs into a few tens of kilobytes.
        _files["bomb.docx"] = Zip(("word/document.xml", 40 * 1024 * 1024));
        var file = await Fetch(Source(LocalMode), "bomb.docx", $"{_server.BaseUrl}/bomb.docx");
        Assert.True(_files["bomb.docx"].Length < 1024 * 1024);
        Assert.Null(file.Bytes);
        Assert.Equal(MeetingFileProblem.PackageTooLarge, file.Problem);
    }

    [Fact]
    public async Task A_docx_with_too_many_parts_is_refused()
    {
        _files["parts.docx"] = Zip(Enumerable.Range(0, 60).Select(i => ($"word/media/p{i}.bin", 10)).ToArray());
        var file = await Fetch(Source(LocalMode, new MeetingFileOptions { MaxDocxEntries = 50 }), "parts.docx", $"{_server.BaseUrl}/parts.docx");
        Assert.Equal(MeetingFileProblem.PackageTooLarge, file.Problem);
    }

    [Fact]
    public void A_part_whose_header_understates_its_size_is_cut_short_when_read()
    {
        // The check trusts the declared sizes because the zip reader never unpacks past them:
        // a part that says 16 bytes but holds 2 MB of packed zeros yields at most 16.
        var bytes = Zip(("word/document.xml", 2 * 1024 * 1024));
        LieAboutSizes(bytes, 16);
        Assert.Equal(DocxPackageCheck.Verdict.Fine, DocxPackageCheck.Check(bytes, 1024, 100));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var part = zip.Entries.Single().Open();
        var read = 0L;
        var buffer = new byte[64 * 1024];
        try
        {
            int n;
            while ((n = part.Read(buffer)) > 0) read += n;
        }
        catch (InvalidDataException)
        {
            // Also acceptable: the reader refuses the part outright.
        }
        Assert.True(read <= 16, $"read {read} bytes");
    }

    private static byte[] Zip(params (string Name, int Bytes)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, size) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(new byte[size]);
            }
        return stream.ToArray();
    }

    /// <summary>Overwrites the uncompressed size in every local and central header.</summary>
    private static void LieAboutSizes(byte[] zip, uint size)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50) BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            else if (signature == 0x02014b50) BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
        }
    }
}
