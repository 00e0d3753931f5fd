using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Features.Esia;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

/// <summary>The real OpenID Connect handler, configured for ESIA, against the emulator in the same process.</summary>
public sealed class EsiaSignInFlowTests : IAsyncLifetime
{
    private readonly EsiaSignInHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_matching_parent_signs_in_through_the_code_flow_and_the_rest_answers_are_kept()
    {
        var person = await _host.PersonAsync(EmulatorPersonKeys.Matching);
        using var browser = _host.NewBrowser();

        var authorization = await EsiaSignInHost.StartAsync(browser);
        Assert.Equal(EsiaDefaults.AuthorizationPath, authorization.AbsolutePath);
        Assert.Matches("[?&]state=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(&|$)", authorization.Query);
        Assert.Matches(@"[?&]timestamp=\d{4}\.\d{2}\.\d{2}(\+|%20)\d{2}(%3A|:)\d{2}(%3A|:)\d{2}(\+|%20)(%2B|\+)0300", authorization.Query);
        var callback = await EsiaSignInHost.PickAsync(browser, authorization, EmulatorPersonKeys.Matching);
        var landed = await EsiaSignInHost.FollowAsync(browser, callback);

        Assert.Equal("/", landed);
        Assert.Equal(person.Login, await browser.GetStringAsync("/whoami"));
        await using var db = _host.Database.System();
        var account = await db.UserAccounts.SingleAsync(a => a.Login == person.Login);
        Assert.Equal(person.Oid, account.EsiaOid);
        var kept = (await db.EsiaProfiles.SingleAsync(p => p.Oid == person.Oid)).Person();
        Assert.Equal(person.PupilIds.Count, kept.Kids.Count);
        Assert.All(kept.Kids, kid => Assert.NotEmpty(kid.Documents));
    }

    [Fact]
    public async Task A_replayed_code_is_refused_by_esia_and_the_error_page_says_so()
    {
        using var browser = _host.NewBrowser();
        var first = await EsiaSignInHost.PickAsync(browser, await EsiaSignInHost.StartAsync(browser), EmulatorPersonKeys.Linked);
        await EsiaSignInHost.FollowAsync(browser, first);

        // A new sign-in (a fresh state) presents the first, already used code.
        using var other = _host.NewBrowser();
        var second = await EsiaSignInHost.PickAsync(other, await EsiaSignInHost.StartAsync(other), EmulatorPersonKeys.Linked);
        var replay = new Uri(second.ToString().Replace($"code={Uri.EscapeDataString(EsiaSignInHost.CodeOf(second)!)}",
            $"code={Uri.EscapeDataString(EsiaSignInHost.CodeOf(first)!)}"));
        var landed = await EsiaSignInHost.FollowAsync(other, replay);

        Assert.Equal($"{EsiaDefaults.ErrorPagePath}?reason={EsiaErrors.InvalidGrant.Code}", landed);
        Assert.Equal("", await other.GetStringAsync("/whoami") is "anonymous" ? "" : "signed in");
    }

    [Fact]
    public async Task A_replayed_callback_is_refused_because_the_state_is_used_once()
    {
        using var browser = _host.NewBrowser();
        var callback = await EsiaSignInHost.PickAsync(browser, await EsiaSignInHost.StartAsync(browser), EmulatorPersonKeys.Linked);
        await EsiaSignInHost.FollowAsync(browser, callback);

        using var attacker = _host.NewBrowser();
        var landed = await EsiaSignInHost.FollowAsync(attacker, callback);

        Assert.StartsWith(EsiaDefaults.ErrorPagePath, landed);
        Assert.Equal("anonymous", await attacker.GetStringAsync("/whoami"));
    }

    [Fact]
    public async Task An_unmatched_parent_is_sent_to_the_linking_page_not_signed_in()
    {
        using var browser = _host.NewBrowser();
        var callback = await EsiaSignInHost.PickAsync(browser, await EsiaSignInHost.StartAsync(browser), EmulatorPersonKeys.BirthDateDiffers);

        var landed = await EsiaSignInHost.FollowAsync(browser, callback);

        Assert.Equal(EsiaDefaults.LinkPagePath, landed);
        Assert.Equal("anonymous", await browser.GetStringAsync("/whoami"));
    }

    [Fact]
    public async Task Esia_refusals_come_back_to_the_error_page_with_their_code()
    {
        using var browser = _host.NewBrowser();
        var authorization = await EsiaSignInHost.StartAsync(browser);
        using var answer = await browser.PostAsync(authorization, new FormUrlEncodedContent([new("deny", "1")]));

        var landed = await EsiaSignInHost.FollowAsync(browser, answer.Headers.Location!);

        Assert.Equal($"{EsiaDefaults.ErrorPagePath}?reason={EsiaErrors.AccessDenied.Code}", landed);
    }
}
