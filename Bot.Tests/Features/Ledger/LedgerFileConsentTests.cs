using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Files;
using ChatBot.Bot.Storage;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Bot.Tests.Features.Ledger;

/// <summary>
/// 导出台账 through the real bot: the workbook arrives as Teams' file consent card in the member's 1:1 chat;
/// accepting it (fileConsent/invoke) makes the bot PUT the bytes to the upload URL (a OneDrive stand-in
/// on 127.0.0.1) and post the file info card. Only the member it was made for can take it, once.
/// </summary>
public sealed class LedgerFileConsentTests
{
    private sealed record Upload(string Path, string? ContentRange, byte[] Body, string? Authorization);

    private static async Task<(LoopbackServer Server, ConcurrentQueue<Upload> Uploads)> OneDriveAsync()
    {
        var uploads = new ConcurrentQueue<Upload>();
        var server = await LoopbackServer.StartAsync(app => app.MapPut("/upload/{id}", async (HttpContext http, string id) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            uploads.Enqueue(new Upload(http.Request.Path, http.Request.Headers.ContentRange.FirstOrDefault(), body.ToArray(), http.Request.Headers.Authorization.FirstOrDefault()));
            return Results.Json(new { id, name = "督办台账.xlsx" }, statusCode: 201);
        }));
        return (server, uploads);
    }

    private static void Seed(BotFixture f)
    {
        var unit = f.Unit("市政工程处");
        f.Store.Write(s =>
        {
            s.Meetings.Add(new Meeting { Id = "m1", Title = "十一月局务会", Date = new DateOnly(2026, 11, 20), Status = MeetingStatus.Dispatched, DispatchedAt = BotFixture.Now.AddDays(-7), CreatedAt = BotFixture.Now.AddDays(-7) });
            s.Items.Add(new Assignment
            {
                Id = "a1", Number = 1, DirectiveId = "d1", MeetingId = "m1", UnitId = unit.Id, Task = "完成桥梁检测", Due = new DateOnly(2026, 12, 10), Status = AssignmentStatus.SignedFor,
            });
        });
    }

    private static JsonObject Consent(BotFixture f, Member member, string action, string offerId, string uploadUrl)
    {
        var invoke = Activities.Message(f.Connector.ServiceUrl, $"29:{member.Id}", "", aadObjectId: member.AadObjectId);
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "fileConsent/invoke";
        invoke["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = new JsonObject { ["offerId"] = offerId },
            ["uploadInfo"] = new JsonObject
            {
                ["name"] = "督办台账-20261127.xlsx", ["uploadUrl"] = uploadUrl, ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/ledger.xlsx",
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D", ["fileType"] = "xlsx",
            },
        };
        return invoke;
    }

    private static async Task<JsonObject> WaitForAsync(BotFixture f, Func<JsonObject, bool> which, string what)
    {
        var until = Environment.TickCount64 + 20_000;
        while (Environment.TickCount64 < until)
        {
            if (f.Connector.SentActivities().FirstOrDefault(which) is { } found) return found;
            await Task.Delay(20);
        }
        throw new TimeoutException($"no {what} within 20 s");
    }

    private static string? AttachmentType(JsonObject a) => a["attachments"]?[0]?["contentType"]?.GetValue<string>();

    [Fact]
    public async Task The_workbook_is_offered_uploaded_on_accept_and_shown_as_a_file_card()
    {
        await using var f = await BotFixture.StartAsync();
        var (oneDrive, uploads) = await OneDriveAsync();
        await using var _ = oneDrive;
        Seed(f);
        var clerk = f.Member(m => m.IsOffice);
        var other = f.Member(m => m.IsOffice && m.Id != clerk.Id);

        Assert.True((await f.SayAsync(clerk, "导出台账")).IsSuccessStatusCode);
        var card = await WaitForAsync(f, a => AttachmentType(a) == FileConsentCards.ConsentContentType, "consent card");
        Assert.Equal($"a:29:{clerk.Id}", card["conversation"]?["id"]?.GetValue<string>());
        var content = card["attachments"]![0]!["content"]!;
        var offerId = content["acceptContext"]!["offerId"]!.GetValue<string>();
        Assert.Equal(offerId, content["declineContext"]!["offerId"]!.GetValue<string>());
        Assert.Equal("督办台账-20261127.xlsx", card["attachments"]![0]!["name"]!.GetValue<string>());
        var size = content["sizeInBytes"]!.GetValue<long>();
        Assert.True(size > 1000);

        // Someone else's click on the same offer uploads nothing.
        Assert.Equal(200, (int)(await f.Http.PostAsync(f.Bot.BaseUrl, Consent(f, other, "accept", offerId, oneDrive.BaseUrl + "/upload/x"))).StatusCode);
        await WaitForAsync(f, a => a["text"]?.GetValue<string>()?.Contains("已失效") == true, "refusal");
        Assert.Empty(uploads);

        Assert.Equal(200, (int)(await f.Http.PostAsync(f.Bot.BaseUrl, Consent(f, clerk, "accept", offerId, oneDrive.BaseUrl + "/upload/ledger"))).StatusCode);
        var upload = Assert.Single(uploads);
        Assert.Equal($"bytes 0-{size - 1}/{size}", upload.ContentRange);
        Assert.Equal(size, upload.Body.Length);
        Assert.Null(upload.Authorization);                          // the upload URL is pre-authorised: no token of ours goes there
        using (var book = new XlsxReadBack(upload.Body))
            Assert.Equal("完成桥梁检测", book.Text(book.Rows("督办台账")[1][3]));

        var info = await WaitForAsync(f, a => AttachmentType(a) == FileConsentCards.InfoContentType, "file info card");
        var attachment = info["attachments"]![0]!;
        Assert.Equal("https://contoso-my.sharepoint.com/personal/ledger.xlsx", attachment["contentUrl"]!.GetValue<string>());
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C9D", attachment["content"]!["uniqueId"]!.GetValue<string>());
        Assert.Equal("xlsx", attachment["content"]!["fileType"]!.GetValue<string>());

        // A second click: answered, not uploaded again; the bytes are gone from the store.
        await f.Http.PostAsync(f.Bot.BaseUrl, Consent(f, clerk, "accept", offerId, oneDrive.BaseUrl + "/upload/ledger"));
        await WaitForAsync(f, a => a["text"]?.GetValue<string>()?.Contains("已经处理过了") == true, "already handled");
        Assert.Single(uploads);
        Assert.Null(f.Store.Get<IFileOfferRepository>().Get(offerId)!.Content);
    }

    [Fact]
    public async Task Asked_in_a_channel_the_file_goes_to_the_one_to_one_chat_and_a_decline_drops_it()
    {
        await using var f = await BotFixture.StartAsync();
        var (oneDrive, uploads) = await OneDriveAsync();
        await using var _ = oneDrive;
        Seed(f);
        var clerk = f.Member(m => m.IsOffice);
        await f.SayAsync(clerk, "帮助");                            // the 1:1 chat exists

        var inChannel = Activities.Message(f.Connector.ServiceUrl, $"29:{clerk.Id}", "导出台账", aadObjectId: clerk.AadObjectId,
            conversationId: "19:office@thread.tacv2", conversationType: "channel");
        await f.Http.PostAsync(f.Bot.BaseUrl, inChannel);
        var said = await WaitForAsync(f, a => a["text"]?.GetValue<string>()?.Contains("私聊") == true, "reply in the channel");
        Assert.Equal("19:office@thread.tacv2", said["conversation"]?["id"]?.GetValue<string>());
        var card = await WaitForAsync(f, a => AttachmentType(a) == FileConsentCards.ConsentContentType, "consent card");
        Assert.Equal($"a:29:{clerk.Id}", card["conversation"]?["id"]?.GetValue<string>());
        var offerId = card["attachments"]![0]!["content"]!["declineContext"]!["offerId"]!.GetValue<string>();

        await f.Http.PostAsync(f.Bot.BaseUrl, Consent(f, clerk, "decline", offerId, oneDrive.BaseUrl + "/upload/ledger"));
        await WaitForAsync(f, a => a["text"]?.GetValue<string>()?.Contains("没有发送") == true, "decline answer");
        Assert.Empty(uploads);
        var offer = f.Store.Get<IFileOfferRepository>().Get(offerId)!;
        Assert.Equal(FileOfferStatus.Declined, offer.Status);
        Assert.Null(offer.Content);
    }

    [Fact]
    public async Task An_upload_url_off_the_loopback_is_refused_without_an_app_id()
    {
        await using var f = await BotFixture.StartAsync();
        Seed(f);
        var clerk = f.Member(m => m.IsOffice);
        await f.SayAsync(clerk, "导出台账");
        var card = await WaitForAsync(f, a => AttachmentType(a) == FileConsentCards.ConsentContentType, "consent card");
        var offerId = card["attachments"]![0]!["content"]!["acceptContext"]!["offerId"]!.GetValue<string>();
        await f.Http.PostAsync(f.Bot.BaseUrl, Consent(f, clerk, "accept", offerId, "https://attacker.example/upload"));
        await WaitForAsync(f, a => a["text"]?.GetValue<string>()?.Contains("上传到您的 OneDrive 失败") == true, "refusal");
        Assert.Equal(FileOfferStatus.Offered, f.Store.Get<IFileOfferRepository>().Get(offerId)!.Status);
    }
}
