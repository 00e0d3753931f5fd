using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaEmulatorAuthorizationTests(EsiaEmulatorHost host) : IClassFixture<EsiaEmulatorHost>
{
    [Fact]
    public async Task A_signed_authorization_request_shows_the_stand_in_picker_with_every_test_person()
    {
        var response = await host.Http.GetAsync(await host.AuthorizationUrlAsync());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Госуслуги — эмулятор ЕСИА", html);
        Assert.Contains("data-testid=\"esia-emulator-notice\"", html);
        foreach (var person in await host.PersonsAsync())
        {
            Assert.Contains($"name=\"person\" value=\"{person.Key}\" data-testid=\"esia-person-{person.Key}\"", html);
            Assert.Contains(person.Name.Full, html);
        }
        Assert.Contains("data-testid=\"esia-deny\"", html);
        Assert.Contains("Отказать в доступе", html);
        Assert.Contains("<option value=\"ESIA-007055\">", html);
        Assert.StartsWith(EsiaEmulatorEndpoints.AuthorizationPath + "?client_id=", EsiaEmulatorHost.FormAction(html));
    }

    [Theory]
    [InlineData("client_id", "SOMEONE", "ESIA-007002")]
    [InlineData("redirect_uri", "https://portal.test/elsewhere", "ESIA-007023")]
    [InlineData("redirect_uri", "/signin-esia", "ESIA-007023")]
    public async Task An_unknown_client_or_foreign_redirect_address_gets_esias_error_page_not_a_redirect(string parameter, string value, string code)
    {
        var response = await host.Http.GetAsync(await host.AuthorizationUrlAsync(new Dictionary<string, string?> { [parameter] = value }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains($"data-code=\"{code}\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("timestamp", null, "invalid_request", "ESIA-007014")]
    [InlineData("client_secret", null, "invalid_request", "ESIA-007014")]
    [InlineData("client_certificate_hash", null, "invalid_request", "ESIA-007014")]
    [InlineData("response_type", "token", "unsupported_response_type", "ESIA-007009")]
    [InlineData("scope", null, "invalid_scope", "ESIA-007013")]
    [InlineData("scope", "openid passport_scan", "invalid_scope", "ESIA-007006")]
    [InlineData("state", "not-a-guid", "invalid_request", "ESIA-007003")]
    [InlineData("timestamp", "2026.11.28 15:00:00 +03:00", "invalid_request", "ESIA-007015")]
    [InlineData("timestamp", "stale", "invalid_request", "ESIA-007015")]
    [InlineData("client_secret", "c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ", "invalid_client", "ESIA-007053")]
    [InlineData("scope", "openid", "invalid_client", "ESIA-007053")]
    [InlineData("client_certificate_hash", "DEVELOPMENT", "unauthorized_client", "ESIA-007002")]
    [InlineData("client_certificate_hash", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", "unauthorized_client", "ESIA-007002")]
    public async Task A_faulty_request_goes_back_to_the_portal_with_esias_error_code_and_state(string parameter, string? value, string error,
        string code)
    {
        if (value == "stale")
            value = EsiaTimestamp.Format(host.Clock.GetUtcNow().AddMinutes(-6));
        var url = await host.AuthorizationUrlAsync(new Dictionary<string, string?> { [parameter] = value });
        var sentState = QueryHelpers.ParseQuery(new Uri("http://x" + url).Query)["state"].ToString();

        var response = await host.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var back = response.Headers.Location!;
        Assert.StartsWith(EsiaEmulatorHost.RedirectUri + "?", back.ToString());
        var query = QueryHelpers.ParseQuery(back.Query);
        Assert.Equal(error, query["error"].ToString());
        Assert.Equal(EsiaErrors.Find(code)!.Description, query["error_description"].ToString());
        Assert.Equal(sentState, query["state"].ToString());
    }

    [Fact]
    public async Task Picking_a_person_redirects_back_with_a_code_and_the_original_state()
    {
        var picker = await host.Http.GetAsync(await host.AuthorizationUrlAsync());
        var action = EsiaEmulatorHost.FormAction(await picker.Content.ReadAsStringAsync());
        var state = QueryHelpers.ParseQuery(new Uri("http://x" + action).Query)["state"].ToString();

        var answer = await host.Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["person"] = "matching" }));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var query = QueryHelpers.ParseQuery(answer.Headers.Location!.Query);
        Assert.StartsWith(EsiaEmulatorHost.RedirectUri + "?code=", answer.Headers.Location.ToString());
        Assert.False(string.IsNullOrEmpty(query["code"].ToString()));
        Assert.Equal(state, query["state"].ToString());
    }

    [Fact]
    public async Task The_picker_may_be_answered_minutes_later_but_not_after_its_time_is_up()
    {
        var picker = await host.Http.GetAsync(await host.AuthorizationUrlAsync());
        var action = EsiaEmulatorHost.FormAction(await picker.Content.ReadAsStringAsync());
        var person = new Dictionary<string, string> { ["person"] = "matching" };

        var start = host.Clock.GetUtcNow();
        HttpResponseMessage inTime, late;
        try
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));
            inTime = await host.Http.PostAsync(action, new FormUrlEncodedContent(person));
            host.Clock.Advance(TimeSpan.FromMinutes(15));
            late = await host.Http.PostAsync(action, new FormUrlEncodedContent(person));
        }
        finally
        {
            host.Clock.Advance(start - host.Clock.GetUtcNow());
        }

        Assert.True(QueryHelpers.ParseQuery(inTime.Headers.Location!.Query).ContainsKey("code"));
        Assert.StartsWith("ESIA-007015: ", QueryHelpers.ParseQuery(late.Headers.Location!.Query)["error_description"].ToString());
    }

    [Fact]
    public async Task Refusing_access_or_choosing_an_error_answers_the_portal_with_that_esia_code()
    {
        var denied = QueryHelpers.ParseQuery((await host.AnswerPickerAsync(new Dictionary<string, string> { ["deny"] = "1" })).Query);
        var chosen = QueryHelpers.ParseQuery((await host.AnswerPickerAsync(
            new Dictionary<string, string> { ["send_error"] = "1", ["error_code"] = "ESIA-007055", ["person"] = "" })).Query);

        Assert.Equal("access_denied", denied["error"].ToString());
        Assert.StartsWith("ESIA-007004: ", denied["error_description"].ToString());
        Assert.Equal("access_denied", chosen["error"].ToString());
        Assert.Equal(EsiaErrors.NotConfirmedAccount.Description, chosen["error_description"].ToString());
        Assert.False(chosen.ContainsKey("code"));
    }

    [Fact]
    public async Task The_picker_answer_is_checked_again_and_an_unknown_person_is_refused_on_a_page()
    {
        var picker = await host.Http.GetAsync(await host.AuthorizationUrlAsync());
        var action = EsiaEmulatorHost.FormAction(await picker.Content.ReadAsStringAsync());

        var tampered = await host.Http.PostAsync(action.Replace("response_type=code", "response_type=token"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["person"] = "matching" }));
        var unknown = await host.Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["person"] = "<script>" }));

        Assert.Equal("unsupported_response_type", QueryHelpers.ParseQuery(tampered.Headers.Location!.Query)["error"].ToString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var page = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;", page);
        Assert.DoesNotContain("<script>", page);
    }

    [Fact]
    public async Task Logout_returns_to_the_portal_only_for_the_registered_client_and_an_absolute_address()
    {
        var portal = new Uri(host.Http.BaseAddress!, "/account/login").ToString();
        var back = await host.Http.GetAsync($"{EsiaEmulatorEndpoints.LogoutPath}?client_id=SCHOOLPORTAL&redirect_url={Uri.EscapeDataString(portal)}");
        var wrongClient = await host.Http.GetAsync($"{EsiaEmulatorEndpoints.LogoutPath}?client_id=OTHER&redirect_url={Uri.EscapeDataString(portal)}");
        var relative = await host.Http.GetAsync($"{EsiaEmulatorEndpoints.LogoutPath}?client_id=SCHOOLPORTAL&redirect_url=%2Faccount%2Flogin");

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(portal, back.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, wrongClient.StatusCode);
        Assert.Contains("ESIA-007002", await wrongClient.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, relative.StatusCode);
        Assert.Null(relative.Headers.Location);
    }

    [Theory]
    [InlineData("https://evil.test/account/login")]
    [InlineData("http://evil.test/")]
    [InlineData("https://127.0.0.1.evil.test/account/login")]
    public async Task Logout_never_sends_the_browser_to_an_address_other_than_the_portals(string target)
    {
        var response = await host.Http.GetAsync($"{EsiaEmulatorEndpoints.LogoutPath}?client_id=SCHOOLPORTAL&redirect_url={Uri.EscapeDataString(target)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("ESIA-007023", await response.Content.ReadAsStringAsync());
    }
}
