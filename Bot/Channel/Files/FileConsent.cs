using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Auth;
using ChatBot.Bot.Channel.Pipeline;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Channel.Files;

/// <summary>
/// The member's answer to a consent card (invoke "fileConsent/invoke"). Accept: the bytes are PUT to
/// the upload URL Teams gave (a OneDrive upload session, pre-authorised: no token of ours goes with
/// it), then a file info card shows the file in the chat. Decline: the bytes are dropped. Only the
/// member the file was made for can take it; an upload URL must be https (loopback when the bot runs
/// without an app id, as the local page and tests do).
/// </summary>
public sealed class FileConsent(
    FileOffers offers,
    IHttpClientFactory http,
    IStore store,
    Outbox.Outbox outbox,
    ActivityDedupe dedupe,
    IOptions<BotOptions> bot,
    ILogger<FileConsent> log)
{
    public const string HttpClientName = "file-upload";

    public static bool IsConsent(Activity activity) =>
        activity.Type == Activity.Types.Invoke && activity.Name == FileConsentCards.InvokeName;

    public async Task<ActivityProcessor.Outcome> HandleAsync(InboundTurn turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var lang = LangExtensions.FromLocale(activity.Locale);
        var value = activity.Value as JsonObject;
        var action = Text(value?["action"]);
        var offerId = Text((value?["context"] as JsonObject)?[FileConsentCards.OfferKey]);
        var offer = offerId is null ? null : offers.Find(offerId);

        if (offer is null || turn.Member is null || offer.MemberId != turn.Member.Id || action is not ("accept" or "decline"))
        {
            log.LogInformation("File consent {Action} for an unknown offer, or by someone it was not made for", action);
            return Reply(activity, Message(activity, FileTexts.Gone(lang)));
        }
        if (offer.Status != FileOfferStatus.Offered)
            return Reply(activity, Message(activity, FileTexts.AlreadyAnswered(lang, offer.Name)));
        if (action == "decline")
        {
            offers.Answer(offer.Id, FileOfferStatus.Declined);
            return Reply(activity, Message(activity, FileTexts.Declined(lang, offer.Name)));
        }

        var upload = value?["uploadInfo"] as JsonObject;
        var uploadUrl = Text(upload?["uploadUrl"]);
        var contentUrl = Text(upload?["contentUrl"]);
        if (uploadUrl is null || contentUrl is null || !Allowed(uploadUrl) || offer.Content is null)
        {
            log.LogWarning("File consent accepted without a usable upload URL");
            return Reply(activity, Message(activity, FileTexts.UploadFailed(lang, offer.Name)));
        }
        if (!await UploadAsync(uploadUrl, offer.Content, ct))
            return Reply(activity, Message(activity, FileTexts.UploadFailed(lang, offer.Name)));

        offers.Answer(offer.Id, FileOfferStatus.Uploaded);
        var name = Text(upload?["name"]) ?? offer.Name;
        var info = Message(activity, null);
        info.Attachments = [FileConsentCards.Info(name, contentUrl, Text(upload?["uniqueId"]), Text(upload?["fileType"]))];
        return Reply(activity, info);
    }

    /// <summary>One PUT of the whole file (Teams' upload sessions take files up to 4 MB in one piece; ledgers are far smaller).</summary>
    private async Task<bool> UploadAsync(string url, byte[] content, CancellationToken ct)
    {
        try
        {
            using var body = new ByteArrayContent(content);
            body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await http.CreateClient(HttpClientName).PutAsync(url, body, ct);
            if (response.IsSuccessStatusCode) return true;
            log.LogWarning("File upload answered {Status}", (int)response.StatusCode);
            return false;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            log.LogWarning("File upload failed: {Error}", e.GetType().Name);
            return false;
        }
    }

    /// <summary>https with an app id; without one (local development) only loopback addresses.</summary>
    private bool Allowed(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (string.IsNullOrEmpty(bot.Value.AppId) ? Loopback.IsLoopbackUrl(url) : uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The invoke's answer is 200 with no body; what the member reads goes to the chat with the activity marked handled.</summary>
    private ActivityProcessor.Outcome Reply(Activity incoming, Activity message)
    {
        var items = new List<OutboxItem>();
        if (incoming.ServiceUrl is { } serviceUrl && incoming.Conversation?.Id is { } conversationId)
            items.Add(new OutboxItem($"file-answer:{incoming.Id ?? Guid.NewGuid().ToString("N")}", OutboxTarget.Conversation(incoming.TenantId, serviceUrl, conversationId), message));
        store.Write(s =>
        {
            outbox.EnqueueWithin(s, items);
            dedupe.Complete(incoming);
        });
        return new ActivityProcessor.Outcome(200);
    }

    private static Activity Message(Activity incoming, string? text)
    {
        var reply = ActivityMapper.ToReply(incoming, new Reply(text, null));
        return reply;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
