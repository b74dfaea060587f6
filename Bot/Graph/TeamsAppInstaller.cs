using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Outbox;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Graph;

/// <summary>
/// Installs the Teams app in a person's personal scope through Microsoft Graph and returns the 1:1 chat the
/// bot can then post to (Graph: POST /users/{id}/teamwork/installedApps, then …/installedApps/{id}/chat).
/// Plain HttpClient rather than the Microsoft.Graph SDK: three calls do not justify the SDK's Kiota stack,
/// and the failures the outbox must classify (403, 404, 409, 429) stay visible as status codes.
/// </summary>
public sealed class TeamsAppInstaller(HttpClient http, IGraphTokenProvider tokens, IOptions<GraphOptions> options)
{
    private readonly GraphOptions _options = options.Value;

    /// <summary>The id of the person's 1:1 chat with the bot, installing the app first when needed.</summary>
    /// <exception cref="GraphPermissionException">403: the bot may not install apps for users.</exception>
    /// <exception cref="MemberUnreachableException">404: no such user, or the app is not in the catalog.</exception>
    public async Task<string> InstallAndGetChatAsync(string aadObjectId, CancellationToken ct)
    {
        var user = $"users/{Uri.EscapeDataString(aadObjectId)}/teamwork/installedApps";
        var body = new JsonObject { ["teamsApp@odata.bind"] = $"{Base()}appCatalogs/teamsApps/{Uri.EscapeDataString(_options.CatalogAppId ?? "")}" };
        using (var install = await SendAsync(HttpMethod.Post, user, body, ct))
        {
            // 409: already installed (e.g. by a setup policy) — the chat is there to be found.
            if (install.StatusCode != HttpStatusCode.Conflict) await EnsureAsync(install, "install the app");
        }

        var filter = Uri.EscapeDataString($"teamsApp/id eq '{_options.CatalogAppId}'");
        string installationId;
        using (var list = await SendAsync(HttpMethod.Get, $"{user}?$expand=teamsApp&$filter={filter}", null, ct))
        {
            await EnsureAsync(list, "find the installation");
            var page = await list.Content.ReadFromJsonAsync<JsonObject>(ct);
            installationId = page?["value"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>()
                ?? throw new MemberUnreachableException("Graph lists no installation of the app for this person after installing it");
        }
        using var chat = await SendAsync(HttpMethod.Get, $"{user}/{Uri.EscapeDataString(installationId)}/chat", null, ct);
        await EnsureAsync(chat, "find the chat");
        return (await chat.Content.ReadFromJsonAsync<JsonObject>(ct))?["id"]?.GetValue<string>()
            ?? throw new MemberUnreachableException("Graph returned the installation's chat without an id");
    }

    private string Base() => (_options.BaseUrl ?? GraphOptions.DefaultBaseUrl(default)).TrimEnd('/') + "/";

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(new Uri(Base()), path));
        if (body is not null) request.Content = JsonContent.Create(body);
        if (await tokens.GetTokenAsync(ct) is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, ct);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (response.IsSuccessStatusCode) return;
        var status = (int)response.StatusCode;
        if (status == 403)
            throw new GraphPermissionException($"Graph refused to {what} (403): the bot lacks the application permission {GraphOptions.Permission}; {GraphOptions.AdminAlternative}");
        if (status == 404)
            throw new MemberUnreachableException($"Graph could not {what} (404): the person is not in the tenant or the app is not in its catalog (Graph:CatalogAppId)");
        var retryAfter = response.Headers.RetryAfter?.Delta;
        _ = await response.Content.ReadAsStringAsync();
        throw new Channel.Connector.ConnectorException(status, $"Graph could not {what}: {status}", retryAfter);
    }
}
