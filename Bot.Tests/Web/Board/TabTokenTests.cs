using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatBot.Bot.Tests.Channel;
using ChatBot.Bot.Tests.Production;
using ChatBot.Bot.Web.Board;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Tests.Web.Board;

/// <summary>
/// The board tab in Teams: /api/board answers only to a Teams SSO token of the bot's tenant, checked over real
/// HTTP against a loopback stand-in for the tenant's OpenID metadata; every forged token is refused.
/// </summary>
public sealed class TabTokenTests : IAsyncLifetime
{
    internal const string TenantId = "0b2c6a5e-7d1f-4e3a-9c8b-5a4d3e2f1a0b";
    private const string OtherTenant = "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b";
    internal const string Host = "bot.example.gov.cn";
    private const string OfficeOid = "52d89702-6719-5810-bdc7-7e76943958d1"; // 陈国庆 on the sample roster
    private static readonly string V2Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    private static readonly string V1Issuer = $"https://sts.windows.net/{TenantId}/";

    private readonly TestSigningKey _key = new("tenant-key-1");
    private OpenIdMetadataServer _tenant = null!;
    private SignedInBot _bot = null!;

    public async Task InitializeAsync()
    {
        _tenant = await OpenIdMetadataServer.StartAsync(V2Issuer, _key);
        _bot = await SignedInBot.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:TenantId"] = TenantId,
            ["Bot:Authentication:TenantOpenIdMetadataUrl"] = _tenant.MetadataUrl,
            ["BoardTab:Host"] = Host,
        });
        BoardSeed.Write(_bot.F.Store);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _tenant.DisposeAsync();
    }

    internal static string Sign(TestSigningKey key, string? issuer = null, string? audience = null, string? tid = TenantId, string? oid = OfficeOid,
        string? scp = "access_as_user", DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddMinutes(60);
        var nbf = exp.AddMinutes(-60) < now.AddMinutes(-2) ? exp.AddMinutes(-60) : now.AddMinutes(-2);
        var claims = new Dictionary<string, object>();
        if (tid is not null) claims["tid"] = tid;
        if (oid is not null) claims["oid"] = oid;
        if (scp is not null) claims["scp"] = scp;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? V2Issuer,
            Audience = audience ?? TestTokens.AppId,
            IssuedAt = nbf,
            NotBefore = nbf,
            Expires = exp,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        });
    }

    private async Task<HttpResponseMessage> Board(string? token, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _bot.F.Bot.BaseUrl + "/api/board" + query);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _bot.F.Http.SendAsync(request);
    }

    private Task<TabTokenResult> Check(string token) =>
        _bot.F.Bot.Get<TabTokenValidator>().ValidateAsync("Bearer " + token, CancellationToken.None);

    [Fact]
    public async Task A_v2_token_for_the_app_id_and_a_v1_token_for_the_api_uri_both_open_the_office_board()
    {
        foreach (var token in new[] { Sign(_key), Sign(_key, issuer: V1Issuer, audience: $"api://{Host}/{TestTokens.AppId}", scp: "User.Read access_as_user") })
        {
            var response = await Board(token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("陈国庆", view.GetProperty("member").GetString());
            Assert.Equal(2, view.GetProperty("meetings").GetArrayLength());
        }
        Assert.Equal("no-store", (await Board(Sign(_key))).Headers.CacheControl?.ToString());
    }

    public static TheoryData<string, string> Forged => new()
    {
        { "wrong key", "SecurityTokenInvalidSignatureException" },
        { "unknown kid", "is not published" },
        { "alg none", "'none' is not allowed" },
        { "HS256 keyed with the public key", "'HS256' is not allowed" },
        { "RS384", "'RS384' is not allowed" },
        { "wrong audience", "SecurityTokenInvalidAudienceException" },
        { "audience of another app on our host", "SecurityTokenInvalidAudienceException" },
        { "issuer of another tenant", "is not the tenant's" },
        { "tid of another tenant", "is not the bot's tenant" },
        { "expired", "SecurityTokenExpiredException" },
        { "no scp", "scp does not hold access_as_user" },
        { "scp without access_as_user", "scp does not hold access_as_user" },
        { "no oid", "token has no oid" },
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public async Task A_forged_token_is_refused_with_401_and_the_reason_is_logged_not_told(string forgery, string reason)
    {
        var impostor = new TestSigningKey(_key.Kid);
        var token = forgery switch
        {
            "wrong key" => Sign(impostor),
            "unknown kid" => Sign(new TestSigningKey("not-published")),
            "alg none" => Unsigned(),
            "HS256 keyed with the public key" => Hmac(),
            "RS384" => Sign(_key, algorithm: SecurityAlgorithms.RsaSha384),
            "wrong audience" => Sign(_key, audience: "api://bot.example.gov.cn/11111111-2222-4333-8444-555555555555"),
            "audience of another app on our host" => Sign(_key, audience: $"api://evil.example.com/{TestTokens.AppId}"),
            "issuer of another tenant" => Sign(_key, issuer: $"https://login.microsoftonline.com/{OtherTenant}/v2.0", tid: OtherTenant),
            "tid of another tenant" => Sign(_key, tid: OtherTenant),
            "expired" => Sign(_key, expires: DateTime.UtcNow.AddMinutes(-10)),
            "no scp" => Sign(_key, scp: null),
            "scp without access_as_user" => Sign(_key, scp: "User.Read"),
            "no oid" => Sign(_key, oid: null),
            _ => throw new ArgumentException(forgery),
        };
        var response = await Board(token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("重新打开本页", body);
        Assert.DoesNotContain("陈国庆", body);
        Assert.Contains(reason, (await Check(token)).Reason);
    }

    [Fact]
    public async Task A_valid_token_of_someone_not_on_the_roster_gets_403_saying_so()
    {
        var response = await Board(Sign(_key, oid: "00000000-1111-4222-8333-444444444444"), "?lang=en-US");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not on the Directive Tracker's roster", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_an_app_id_the_page_is_served_but_the_data_needs_a_token_and_a_member_id_means_nothing()
    {
        var page = await _bot.F.Http.GetAsync(_bot.F.Bot.BaseUrl + "/tab/board");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/tab/board/lib/teams-js/MicrosoftTeams.min.js", await page.Content.ReadAsStringAsync());
        var library = await _bot.F.Http.GetAsync(_bot.F.Bot.BaseUrl + "/tab/board/lib/teams-js/MicrosoftTeams.min.js");
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Contains("microsoftTeams", await library.Content.ReadAsStringAsync());
        Assert.Contains("\"sso\":true", await _bot.F.Http.GetStringAsync(_bot.F.Bot.BaseUrl + "/api/board/mode"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Board(null, "?member=m005")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _bot.F.Http.GetAsync(_bot.F.Bot.BaseUrl + "/api/board/members")).StatusCode);
        using var basic = new HttpRequestMessage(HttpMethod.Get, _bot.F.Bot.BaseUrl + "/api/board");
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("m005:x")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.F.Http.SendAsync(basic)).StatusCode);
    }

    private string Unsigned()
    {
        var now = DateTimeOffset.UtcNow;
        var header = Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "none", typ = "JWT", kid = _key.Kid }));
        var payload = Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(new
        {
            iss = V2Issuer, aud = TestTokens.AppId, tid = TenantId, oid = OfficeOid, scp = "access_as_user",
            nbf = now.AddMinutes(-1).ToUnixTimeSeconds(), exp = now.AddMinutes(60).ToUnixTimeSeconds(),
        }));
        return $"{header}.{payload}.";
    }

    /// <summary>Algorithm confusion: HS256 keyed with the tenant's published RSA public key.</summary>
    private string Hmac()
    {
        var secret = Encoding.UTF8.GetBytes(_key.Rsa.ExportSubjectPublicKeyInfoPem());
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = V2Issuer,
            Audience = TestTokens.AppId,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddMinutes(60),
            Claims = new Dictionary<string, object> { ["tid"] = TenantId, ["oid"] = OfficeOid, ["scp"] = "access_as_user" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = _key.Kid }, SecurityAlgorithms.HmacSha256),
        });
    }
}
