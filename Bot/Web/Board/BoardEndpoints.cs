using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Bot.Hosting;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Board;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Web.Board;

/// <summary>
/// The board tab: a static page (<c>/tab/board</c>) and its data (<c>/api/board</c>). In Teams (Bot:AppId set)
/// the page asks Teams SSO for a token and the data answers only to a valid one, for the roster member with
/// the token's object id. Without an app id there is no token to ask for: page and data are served to
/// loopback only, and the member is chosen on the page (<c>?member=m012</c>), as on the local chat page.
/// </summary>
public static class BoardEndpoints
{
    public const string PagePath = "/tab/board";
    public const string DataPath = "/api/board";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Request path under the page → embedded resource and content type. Nothing else is served.</summary>
    private static readonly Dictionary<string, (string Resource, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        [""] = ("index.html", "text/html; charset=utf-8"),
        ["/board.js"] = ("board.js", "text/javascript; charset=utf-8"),
        ["/board.css"] = ("board.css", "text/css; charset=utf-8"),
        ["/lib/teams-js/MicrosoftTeams.min.js"] = ("lib.teams-js.MicrosoftTeams.min.js", "text/javascript; charset=utf-8"),
        ["/lib/teams-js/LICENSE"] = ("lib.teams-js.LICENSE", "text/plain; charset=utf-8"),
    };

    public static void MapBoardTab(this WebApplication app)
    {
        var tab = app.Services.GetRequiredService<IOptions<BoardTabOptions>>().Value;
        if (!tab.Enabled) return;
        var tokens = app.Services.GetRequiredService<TabTokenValidator>();
        var sso = app.Services.GetRequiredService<ChatBot.Bot.Channel.InboundAuthenticator>().TokensRequired;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ChatBot.Bot.Web.Board");
        if (sso && !tokens.Configured)
        {
            log.LogWarning("The board tab is off: Teams SSO tokens are checked against Bot:TenantId, which is empty");
            return;
        }

        var endpoints = new List<RouteHandlerBuilder>();
        foreach (var (path, asset) in Assets)
            endpoints.Add(app.MapGet(PagePath + path, (HttpContext http) => Asset(http, asset.Resource, asset.ContentType)));
        endpoints.Add(app.MapGet(DataPath + "/mode", () => Results.Json(new { sso, openInTeams = BoardTexts.OpenInTeams() }, Json)));
        endpoints.Add(app.MapGet(DataPath, (HttpContext http, IStore store, BureauClock clock, OpenItemsOptions openItems, BureauLanguage bureau, CancellationToken ct) =>
            BoardAsync(http, store, clock, openItems, bureau, sso ? tokens : null, log, ct)));
        if (!sso)
        {
            endpoints.Add(app.MapGet(DataPath + "/members", (IStore store) =>
                Results.Json(store.Roster.Members().OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => new { id = m.Id, name = m.Name }), Json)));
            // Without tokens anyone who reaches the port could read anyone's board: this machine only.
            foreach (var endpoint in endpoints) endpoint.AddEndpointFilter(LoopbackOnly);
        }
    }

    private static async Task<IResult> BoardAsync(HttpContext http, IStore store, BureauClock clock, OpenItemsOptions openItems,
        BureauLanguage bureau, TabTokenValidator? tokens, ILogger log, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var query = http.Request.Query;
        // The Teams client's locale when the page passes it (app.getContext), else the member's, else the bureau's.
        var asked = query["lang"].ToString().Trim() is { Length: > 0 and <= 35 } locale ? locale : null;
        var lang = asked is null ? bureau.Default : LangExtensions.FromLocale(asked);

        Member? member;
        if (tokens is not null)
        {
            var result = await tokens.ValidateAsync(http.Request.Headers.Authorization.ToString(), ct);
            if (!result.IsOk)
            {
                log.LogWarning("Refused a board tab request with 401: {Reason}", result.Reason);
                return Error(401, BoardTexts.SignInFailed(lang));
            }
            member = AccountMatcher.FindOnRoster(store, new TeamsAccount("", null, result.ObjectId, null, null));
            if (member is null)
            {
                log.LogWarning("Refused a board tab request with 403: object id {ObjectId} is not on the roster", result.ObjectId);
                return Error(403, BoardTexts.NotOnRoster(lang));
            }
        }
        else
        {
            var id = query["member"].ToString().Trim();
            if (id.Length == 0) return Error(400, BoardTexts.ChooseMember(lang));
            member = store.Roster.Member(id);
            if (member is null) return Error(404, BoardTexts.UnknownMember(lang, id));
        }

        if (asked is null) lang = MemberLanguage.Of(member, bureau.Default);
        var filter = BoardFilter.From(query["unit"], query["leader"], query["state"]);
        var view = new BoardQuery(store, clock, openItems.WarnDays).For(member, lang, filter);
        return Results.Json(view, Json);
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, Json, statusCode: status);

    private static async ValueTask<object?> LoopbackOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Loopback.IsLoopback(context.HttpContext) ? await next(context) : Results.NotFound();

    private static IResult Asset(HttpContext http, string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ChatBot.Bot.Web.Board.Page.{name}");
        if (stream is null) return Results.NotFound();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(stream, contentType);
    }
}
