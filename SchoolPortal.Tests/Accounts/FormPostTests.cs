using System.Net;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Esia;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Accounts;

/// <summary>
/// The portal's POST endpoints outside Blazor forms refuse a request without the form's antiforgery token (a forged form
/// on another site), and take the one the portal's own page rendered. ESIA's token endpoint, called server to server, needs none.
/// </summary>
public sealed class FormPostTests : IAsyncLifetime
{
    private readonly EsiaSignInHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_forged_sign_out_is_refused_and_the_pages_own_form_signs_out_through_esia_back_to_the_portal()
    {
        using var browser = _host.NewBrowser();
        await EsiaSignInHost.SignInAsync(browser, EmulatorPersonKeys.Linked);
        var login = await browser.GetStringAsync("/whoami");

        using var forged = await EsiaSignInHost.PostFormAsync(browser, "/account/logout", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(AntiforgeryEnforcement.RefusedText, await forged.Content.ReadAsStringAsync());
        Assert.NotEqual("anonymous", login);
        Assert.Equal(login, await browser.GetStringAsync("/whoami"));

        using var real = await EsiaSignInHost.PostFormAsync(browser, "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal(EsiaDefaults.LogoutPath, real.Headers.Location!.AbsolutePath);
        Assert.Equal("anonymous", await browser.GetStringAsync("/whoami"));
        using var back = await browser.GetAsync(real.Headers.Location);
        Assert.Equal(new Uri(_host.BaseAddress, AccountEndpoints.LoginPath), back.Headers.Location);
    }

    [Fact]
    public async Task Linking_ones_own_account_and_leaving_the_link_page_need_the_pages_form_token()
    {
        using var browser = _host.NewBrowser();
        await EsiaSignInHost.SignInAsync(browser, EmulatorPersonKeys.Linked);

        using var forgedLink = await EsiaSignInHost.PostFormAsync(browser, EsiaDefaults.LinkOwnPath, withToken: false);
        using var forgedCancel = await EsiaSignInHost.PostFormAsync(browser, EsiaLinkEndpoints.CancelPath, withToken: false);
        using var realLink = await EsiaSignInHost.PostFormAsync(browser, EsiaDefaults.LinkOwnPath);
        using var realCancel = await EsiaSignInHost.PostFormAsync(browser, EsiaLinkEndpoints.CancelPath);

        Assert.Equal(HttpStatusCode.BadRequest, forgedLink.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forgedCancel.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, realLink.StatusCode);
        Assert.Equal(EsiaDefaults.AuthorizationPath, realLink.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, realCancel.StatusCode);
    }

    [Fact]
    public async Task Esias_token_endpoint_answers_a_server_call_without_a_form_token_with_its_own_checks()
    {
        using var server = new HttpClient { BaseAddress = _host.BaseAddress };

        using var response = await server.PostAsync(EsiaEmulatorEndpoints.TokenPath, new FormUrlEncodedContent([new("grant_type", "authorization_code")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(EsiaErrors.ParameterMissing.Code, await response.Content.ReadAsStringAsync());
    }
}
