using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SchoolPortal.Infrastructure.Hosting;

namespace SchoolPortal.Tests.Cluster;

/// <summary>A browser moved from one node to the other keeps its sign-in, its antiforgery tokens and its Gosuslugi sign-in.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionsAcrossNodesTests(ClusterFixture cluster)
{
    [ClusterFact]
    public async Task Nginx_gives_the_route_cookie_only_to_a_browser_that_has_none()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        using var first = await http.GetAsync(cluster.BaseUrl + "/account/login");
        var given = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sp_route=", StringComparison.Ordinal));
        Assert.Matches("^sp_route=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Lax$", given);

        // A browser that has one keeps it: an answer to a request sent before a switch does not set the old route back.
        using var request = new HttpRequestMessage(HttpMethod.Get, cluster.BaseUrl + "/account/login");
        request.Headers.Add("Cookie", given.Split(';')[0]);
        using var next = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.DoesNotContain(next.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("sp_route=", StringComparison.Ordinal));
    }

    [ClusterFact]
    public async Task A_user_signed_in_on_one_node_continues_on_the_other_without_signing_in_again_and_its_forms_are_accepted()
    {
        var page = await cluster.NewPageAsync("a");
        var form = await page.GotoAsync("/account/login");
        Assert.True("a" == await form!.HeaderValueAsync(NodeHeader.Name), cluster.Logs[^Math.Min(4_000, cluster.Logs.Length)..]);
        await page.FillAsync("#login", "admin1");
        await page.FillAsync("#password", "demo");

        // The sign-in form (and its antiforgery token) came from node a; it is sent to node b.
        await cluster.SwitchAsync(page, "b");
        var signIn = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"),
            r => r.Url.Contains("/account/login") && r.Request.Method == "POST");
        Assert.Equal("b", await signIn.HeaderValueAsync(NodeHeader.Name));
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));

        // The cookie node b issued is read by node a: no new sign-in.
        await cluster.SwitchAsync(page, "a");
        var home = await page.ReloadAsync();
        Assert.Equal("a", await home!.HeaderValueAsync(NodeHeader.Name));
        Assert.DoesNotContain("/account/login", page.Url);
        await Assertions.Expect(page.GetByText("Здравствуйте", new() { Exact = false }).First).ToBeVisibleAsync();

        // The sign-out form rendered by node a is accepted by node b.
        await cluster.SwitchAsync(page, "b");
        var signOut = await page.RunAndWaitForResponseAsync(() => page.Locator("form[action$='account/logout'] button").First.ClickAsync(),
            r => r.Url.Contains("/account/logout"));
        Assert.Equal(("b", false), (await signOut.HeaderValueAsync(NodeHeader.Name), signOut.Status == 400));
        await page.WaitForURLAsync(new Regex("/account/login"));
    }

    [ClusterFact]
    public async Task A_gosuslugi_sign_in_started_on_one_node_is_completed_by_the_callback_on_the_other()
    {
        var page = await cluster.NewPageAsync("a");
        // Everything up to Gosuslugi's answer goes to node a (the sign-in's state, the emulator's page and its code); the
        // browser's return to the portal is held, the browser moved to node b, and the return sent there.
        var returned = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        string? codeIssuedBy = null;
        await page.RouteAsync(url => url.Contains("/aas/oauth2/"), async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }
            // The emulator's answer (a redirect back to the portal with the code) is read on node a and not followed.
            var answer = await route.FetchAsync(new() { MaxRedirects = 0 });
            if (answer.Headers.TryGetValue("location", out var location) && location.Contains("/signin-esia"))
            {
                codeIssuedBy = answer.Headers.GetValueOrDefault(NodeHeader.Name.ToLowerInvariant());
                returned.TrySetResult(location);
                await route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = "<p>Возврат на портал задержан тестом.</p>" });
            }
            else
                await route.FulfillAsync(new() { Response = answer });
        });

        await page.GotoAsync("/account/login");
        await page.GetByTestId("esia-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("esia-emulator-notice")).ToBeVisibleAsync();
        await page.GetByTestId("esia-person-matching").ClickAsync();
        var callbackUrl = new Uri(new Uri(cluster.BaseUrl), await returned.Task.WaitAsync(TimeSpan.FromSeconds(30))).ToString();
        await page.UnrouteAllAsync();
        await cluster.SwitchAsync(page, "b");
        var callback = await page.RunAndWaitForResponseAsync(() => page.GotoAsync(callbackUrl), r => r.Url.Contains("/signin-esia"));

        Assert.Equal(("a", "b"), (codeIssuedBy, await callback.HeaderValueAsync(NodeHeader.Name)));
        await page.WaitForURLAsync(new Regex("/portfolio$"));
        await Assertions.Expect(page.Locator("[data-testid^='portfolio-child-']").First).ToBeVisibleAsync();
    }
}
