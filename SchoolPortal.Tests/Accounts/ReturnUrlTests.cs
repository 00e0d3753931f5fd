using System.Net;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Accounts;

/// <summary>
/// After signing in, the portal returns only to its own pages: every form of an address elsewhere lands on the home page.
/// The sign-in cases share one host (each signs in with a browser of its own); the rule's own cases need none.
/// </summary>
public sealed class ReturnUrlTests(ReturnUrlTests.SignInHost signIn) : IClassFixture<ReturnUrlTests.SignInHost>
{
    private readonly EsiaSignInHost _host = signIn.Host;

    public sealed class SignInHost : IAsyncLifetime
    {
        public EsiaSignInHost Host { get; } = new();

        public Task InitializeAsync() => Host.InitializeAsync();

        public Task DisposeAsync() => Host.DisposeAsync();
    }

    [Theory]
    [InlineData("/\\evil.test")]
    [InlineData("//evil.test")]
    [InlineData("//evil.test/")]
    [InlineData("/%5Cevil.test")]
    [InlineData("/%5cevil.test")]
    [InlineData("/%2F/evil.test")]
    [InlineData("/\t/evil.test")]
    [InlineData("/%09/evil.test")]
    [InlineData("\t")]
    [InlineData("%09")]
    [InlineData("http://evil.test")]
    [InlineData("https://evil.test")]
    [InlineData("HTTPS://evil.test/")]
    [InlineData("\\\\evil.test")]
    [InlineData("\\/evil.test")]
    [InlineData("evil.test")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/account/logout")]
    [InlineData("/ACCOUNT/login")]
    [InlineData("")]
    [InlineData(null)]
    public void An_address_outside_the_portal_or_on_its_account_pages_becomes_the_home_page(string? url)
    {
        Assert.Equal("/", ReturnUrl.Safe(url));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/journal")]
    [InlineData("/pupils/15?tab=parents")]
    [InlineData("/search?q=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2")]
    public void A_page_of_the_portal_is_kept(string url)
    {
        Assert.Equal(url, ReturnUrl.Safe(url));
    }

    /// <summary>The query texts an attacker would put into a link to «Войти через Госуслуги».</summary>
    [Theory]
    [InlineData("/%5Cevil.test")]
    [InlineData("%2F%5Cevil.test")]
    [InlineData("//evil.test")]
    [InlineData("%2F%2Fevil.test%2F")]
    [InlineData("/%255Cevil.test")]
    [InlineData("/%09/evil.test")]
    [InlineData("%09")]
    [InlineData("http://evil.test")]
    [InlineData("https%3A%2F%2Fevil.test")]
    [InlineData("%5C%5Cevil.test")]
    public async Task After_esia_sign_in_a_foreign_return_address_lands_on_the_home_page(string query)
    {
        using var browser = _host.NewBrowser();

        var redirect = await SignInReturningToAsync(browser, query);

        Assert.Equal("/", redirect);
        Assert.NotEqual("anonymous", await browser.GetStringAsync("/whoami"));
    }

    [Fact]
    public async Task After_esia_sign_in_a_page_of_the_portal_is_returned_to()
    {
        using var browser = _host.NewBrowser();

        Assert.Equal("/journal?class=5", await SignInReturningToAsync(browser, "%2Fjournal%3Fclass%3D5"));
    }

    /// <summary>Signs in through ESIA from <c>/account/esia/signin?returnUrl=…</c>; the address the callback sends the browser to.</summary>
    private static async Task<string> SignInReturningToAsync(HttpClient browser, string query)
    {
        using var start = await browser.GetAsync($"{EsiaDefaults.SignInPath}?returnUrl={query}");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var callback = await EsiaSignInHost.PickAsync(browser, start.Headers.Location!, EmulatorPersonKeys.Linked);
        using var signedIn = await browser.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn.Headers.Location!.OriginalString;
    }
}
