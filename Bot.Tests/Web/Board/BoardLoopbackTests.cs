using System.Net;
using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Web.Board;

/// <summary>
/// Without an app id nobody signs in, so the board (page and data) answers this machine only. The request's
/// remote address is set on an in-memory server (tests listen on 127.0.0.1 only, so no real remote machine).
/// </summary>
public sealed class BoardLoopbackTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        _app = BotApp.Build([$"--Storage:Path={_dir.File("bot.db")}", "--Reminders:Enabled=false"], builder =>
        {
            builder.Logging.ClearProviders();
            builder.WebHost.UseTestServer();
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<HttpStatusCode> GetFrom(string address, string path)
    {
        var query = path.IndexOf('?') is var q and >= 0 ? path[q..] : "";
        var context = await _app.GetTestServer().SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = query.Length > 0 ? path[..path.IndexOf('?')] : path;
            c.Request.QueryString = new QueryString(query);
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }

    [Theory]
    [InlineData("/tab/board")]
    [InlineData("/tab/board/board.js")]
    [InlineData("/tab/board/lib/teams-js/MicrosoftTeams.min.js")]
    [InlineData("/api/board?member=m005")]
    [InlineData("/api/board/members")]
    [InlineData("/api/board/mode")]
    public async Task Served_to_loopback_and_not_at_all_to_another_machine(string path)
    {
        Assert.Equal(HttpStatusCode.OK, await GetFrom("127.0.0.1", path));
        Assert.Equal(HttpStatusCode.OK, await GetFrom("::1", path));
        Assert.Equal(HttpStatusCode.NotFound, await GetFrom("10.1.2.3", path));
    }
}
