using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure.Security;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Security;

/// <summary>Two nodes on one database: what one protects (cookies, antiforgery, record keys), the other reads.</summary>
public sealed class SharedKeyRingTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly string _rootA = Directory.CreateTempSubdirectory("schoolportal-node-a-").FullName;
    private readonly string _rootB = Directory.CreateTempSubdirectory("schoolportal-node-b-").FullName;

    [Fact]
    public async Task A_payload_protected_on_one_node_is_read_on_the_other_and_the_key_is_a_row_of_the_database()
    {
        using var a = new PortalNode(_database.FilePath, _rootA);
        using var b = new PortalNode(_database.FilePath, _rootB);

        var payload = a.Get<IDataProtectionProvider>().CreateProtector("SchoolPortal.EsiaPendingLink").Protect("1000123456");

        Assert.Equal("1000123456", b.Get<IDataProtectionProvider>().CreateProtector("SchoolPortal.EsiaPendingLink").Unprotect(payload));
        await using var db = _database.System();
        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.Contains("<key ", key.Xml);
    }

    [Fact]
    public async Task Nodes_starting_together_on_an_empty_key_table_make_one_key_and_read_each_others_payloads()
    {
        using var a = new PortalNode(_database.FilePath, _rootA);
        using var b = new PortalNode(_database.FilePath, _rootB);
        using var c = new PortalNode(_database.FilePath, _rootB);
        var nodes = new[] { a, b, c };

        await Task.WhenAll(nodes.Select(node => Task.Run(() => FirstKey(node).StartAsync(CancellationToken.None))));

        await using var db = _database.System();
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
        var payloads = nodes.Select(node => node.Get<IDataProtectionProvider>().CreateProtector("p").Protect("ok")).ToList();
        foreach (var node in nodes)
            Assert.All(payloads, payload => Assert.Equal("ok", node.Get<IDataProtectionProvider>().CreateProtector("p").Unprotect(payload)));
    }

    [Fact]
    public void A_sign_in_cookie_issued_by_one_node_is_accepted_by_the_other_and_refused_by_a_foreign_key_ring()
    {
        using var a = new PortalNode(_database.FilePath, _rootA);
        using var b = new PortalNode(_database.FilePath, _rootB);
        using var foreignDatabase = new TestDatabase();
        using var foreign = new PortalNode(foreignDatabase.FilePath, _rootB);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "teacher1")], CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), CookieAuthenticationDefaults.AuthenticationScheme);

        var cookie = CookieFormat(a).Protect(ticket);

        Assert.Equal("teacher1", CookieFormat(b).Unprotect(cookie)?.Principal.Identity?.Name);
        Assert.Null(CookieFormat(foreign).Unprotect(cookie));
    }

    [Fact]
    public void Another_application_name_on_the_same_database_cannot_read_the_portals_payloads()
    {
        using var a = new PortalNode(_database.FilePath, _rootA);
        using var other = new PortalNode(_database.FilePath, _rootB, applicationName: "AnotherApp");

        var payload = a.Get<IDataProtectionProvider>().CreateProtector("purpose").Protect("secret");

        Assert.Throws<CryptographicException>(() => other.Get<IDataProtectionProvider>().CreateProtector("purpose").Unprotect(payload));
    }

    [Fact]
    public async Task An_antiforgery_token_issued_by_one_node_is_valid_on_the_other()
    {
        using var a = new PortalNode(_database.FilePath, _rootA);
        using var b = new PortalNode(_database.FilePath, _rootB);
        var page = new DefaultHttpContext { RequestServices = a.Services };
        var tokens = a.Get<IAntiforgery>().GetAndStoreTokens(page);

        var post = Post(b, tokens, tokens.RequestToken!);
        var forged = Post(b, tokens, tokens.RequestToken![..^4] + "AAAA");

        Assert.True(await b.Get<IAntiforgery>().IsRequestValidAsync(post));
        Assert.False(await b.Get<IAntiforgery>().IsRequestValidAsync(forged));
    }

    [Fact]
    public async Task Record_keys_exported_on_one_node_are_read_on_the_other_and_an_old_secret_file_is_kept()
    {
        var old = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.Combine(_rootA, "App_Data"));
        await File.WriteAllBytesAsync(Path.Combine(_rootA, "App_Data", "batch-update-key.bin"), old);
        using var a = new PortalNode(_database.FilePath, _rootA);
        using var b = new PortalNode(_database.FilePath, _rootB);

        var exported = RecordKeys.FromSettings(null, _rootA, a.Get<PortalSecretStore>()).Pupil(12, 3456);
        var onB = RecordKeys.FromSettings(null, _rootB, b.Get<PortalSecretStore>());

        Assert.Equal(new RecordKey(RecordKind.Pupil, 12, 3456), onB.Read(exported, RecordKind.Pupil));
        Assert.Equal(exported, new RecordKeys(old).Pupil(12, 3456));
        Assert.False(File.Exists(Path.Combine(_rootB, "App_Data", "batch-update-key.bin")));
    }

    private static IHostedService FirstKey(PortalNode node) => node.Get<IEnumerable<IHostedService>>().OfType<FirstKeyCreation>().Single();

    private static ISecureDataFormat<AuthenticationTicket> CookieFormat(PortalNode node) =>
        node.Get<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;

    private static DefaultHttpContext Post(PortalNode node, AntiforgeryTokenSet tokens, string requestToken)
    {
        var http = new DefaultHttpContext { RequestServices = node.Services };
        http.Request.Method = HttpMethods.Post;
        var cookieName = node.Get<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        http.Request.Headers.Cookie = $"{cookieName}={tokens.CookieToken}";
        http.Request.ContentType = "application/x-www-form-urlencoded";
        var body = Encoding.UTF8.GetBytes($"{tokens.FormFieldName}={Uri.EscapeDataString(requestToken)}");
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentLength = body.Length;
        return http;
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_rootA, recursive: true);
        Directory.Delete(_rootB, recursive: true);
    }
}
