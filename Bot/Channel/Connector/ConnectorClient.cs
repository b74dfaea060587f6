using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Bot.Channel.Schema;
using Polly.Timeout;

namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// Typed HttpClient over the Bot Connector REST API. Retries, timeouts and the bearer token live in the
/// HttpClient pipeline (see <see cref="BotConnectorServiceCollectionExtensions.AddBotConnector"/>); this class
/// refuses untrusted serviceUrls before anything leaves the process and turns final failures into
/// <see cref="ConnectorException"/>.
/// </summary>
public sealed class ConnectorClient(HttpClient http, TrustedServiceUrls trustedServiceUrls, ConnectorTelemetry? telemetry = null) : IConnectorClient
{
    private readonly ConnectorTelemetry _telemetry = telemetry ?? ConnectorTelemetry.Standalone;

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities", activity, ct, "send");

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, ct, "reply");

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, ct, "update");

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", null, ct, "delete");

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ct, "create_conversation");

    public async Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct)
    {
        try
        {
            var account = await SendAsync<TeamsChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Esc(conversationId)}/members/{Esc(memberId)}", null, ct, "get_member");
            return account.Id is null ? null : account;
        }
        catch (ConnectorException e) when (e.StatusCode == 404)
        {
            return null;
        }
    }

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct)
    {
        var query = new List<string>();
        if (pageSize is { } size) query.Add($"pageSize={size}");
        if (continuationToken is not null) query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        var path = $"v3/conversations/{Esc(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, ct, "get_members");
    }

    private static string Esc(string s) => Uri.EscapeDataString(s);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken ct, string operation) where T : new()
    {
        if (!trustedServiceUrls.IsTrusted(serviceUrl))
        {
            _telemetry.Refused(operation);
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        var uri = new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path);
        using var call = _telemetry.Begin(operation, method, uri);
        var where = $"{method} {uri.GetLeftPart(UriPartial.Path)}";
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (TimeoutRejectedException ex)
        {
            call.Status = 0;
            throw new ConnectorException(0, $"{where} timed out after the retries", ex);
        }
        catch (HttpRequestException ex)
        {
            call.Status = 0;
            throw new ConnectorException(0, $"{where} failed after the retries: {ex.Message}", ex);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            call.Status = 0;
            throw new ConnectorException(0, $"{where} timed out", ex);
        }

        using (response)
        {
            call.Status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
                throw new ConnectorException((int)response.StatusCode, $"{where} answered {(int)response.StatusCode}",
                    BotConnectorServiceCollectionExtensions.RetryAfter(response, TimeProvider.System));
            if (response.Content.Headers.ContentLength is 0) return new T();
            var text = await response.Content.ReadAsStringAsync(ct);
            return string.IsNullOrWhiteSpace(text) ? new T() : JsonSerializer.Deserialize<T>(text, BotJson.Options) ?? new T();
        }
    }
}
