using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// What ESIA needs beyond standard OpenID Connect, hooked into the framework's handler: a signed, timestamped authorization
/// request with a GUID state; a token request with its own new GUID state, signed over the code too, whose echo is checked;
/// then the person read from the REST API and turned into a portal user (or sent to the linking page); every failure ends
/// on the error page with a Russian explanation.
/// </summary>
public sealed class EsiaSignInEvents(
    EsiaOptions options,
    EsiaEndpoints endpoints,
    IEsiaSigner signer,
    EsiaClientCertificateHash certificateHash,
    EsiaRestClient rest,
    EsiaAccounts accounts,
    EsiaPendingLink pending,
    TimeProvider clock,
    ILogger<EsiaSignInEvents> log) : OpenIdConnectEvents
{
    private const string TokenStateItem = "esia.token_state";

    public override async Task RedirectToIdentityProvider(RedirectContext context)
    {
        var message = context.ProtocolMessage;
        var state = Guid.NewGuid().ToString("D");
        context.Properties.Items[EsiaDefaults.StateItem] = state;
        var timestamp = EsiaTimestamp.Format(clock.GetUtcNow());
        message.IssuerAddress = endpoints.Authorization(context.Request).ToString();
        message.Scope = options.Scope;
        message.SetParameter("timestamp", timestamp);
        message.SetParameter("access_type", "online");
        message.SetParameter("client_certificate_hash", certificateHash.Value);
        message.SetParameter("client_secret",
            await EsiaClientSecret.CreateAsync(signer, options.ClientId, options.Scope, timestamp, state, message.RedirectUri, ct: context.HttpContext.RequestAborted));
    }

    public override Task MessageReceived(MessageReceivedContext context)
    {
        // ESIA sends its refusals back to the callback: «error» and «error_description» = «ESIA-0070xx: …».
        var message = context.ProtocolMessage;
        if (!string.IsNullOrEmpty(message.Error))
        {
            log.LogWarning("ESIA refused the sign-in: {Error} {Description}", message.Error, message.ErrorDescription);
            context.HandleResponse();
            context.Response.Redirect(ErrorPage(EsiaFailure.CodeIn(message.ErrorDescription) ?? EsiaFailure.Unknown));
        }
        return Task.CompletedTask;
    }

    public override async Task AuthorizationCodeReceived(AuthorizationCodeReceivedContext context)
    {
        var request = context.TokenEndpointRequest!;
        var state = Guid.NewGuid().ToString("D");
        context.HttpContext.Items[TokenStateItem] = state;
        var timestamp = EsiaTimestamp.Format(clock.GetUtcNow());
        request.State = state;
        request.Scope = options.Scope;
        request.SetParameter("timestamp", timestamp);
        request.SetParameter("token_type", "Bearer");
        request.SetParameter("client_certificate_hash", certificateHash.Value);
        request.ClientSecret = await EsiaClientSecret.CreateAsync(signer, options.ClientId, options.Scope, timestamp, state, request.RedirectUri,
            request.Code, context.HttpContext.RequestAborted);
    }

    public override async Task TokenResponseReceived(TokenResponseReceivedContext context)
    {
        var sent = context.HttpContext.Items[TokenStateItem] as string;
        if (sent is null || context.TokenEndpointResponse.State != sent)
        {
            context.Fail("ESIA did not echo the state of the token request.");
            return;
        }
        if (await EsiaIdToken.ProblemAsync(context.TokenEndpointResponse.IdToken, context.Options, context.HttpContext.RequestAborted) is { } problem)
        {
            log.LogWarning("ESIA's id_token was refused: {Problem}", problem);
            context.Fail("ESIA's id_token failed its signature check: " + problem);
        }
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var ct = context.HttpContext.RequestAborted;
        var oid = context.Principal?.FindFirst("urn:esia:sbj_id")?.Value ?? context.Principal?.FindFirst("sub")?.Value;
        var accessToken = context.TokenEndpointResponse?.AccessToken;
        if (string.IsNullOrEmpty(oid) || string.IsNullOrEmpty(accessToken))
        {
            context.Fail("ESIA's answer has no subject or no access token.");
            return;
        }

        EsiaAnswers answers;
        try
        {
            answers = await rest.ReadAsync(oid, accessToken, ct);
            answers.Person();
        }
        catch (Exception e) when (e is EsiaDataException or Domain.Common.DomainException)
        {
            log.LogWarning(e, "ESIA data for {Oid} could not be read", oid);
            Redirect(context, ErrorPage(EsiaFailure.Data));
            return;
        }

        int? linkOwn = context.Properties?.Items.TryGetValue(EsiaDefaults.LinkAccountItem, out var own) == true && int.TryParse(own, out var id)
            ? await SignedInAccountAsync(context.HttpContext) == id ? id : null
            : null;
        var outcome = await accounts.SignInAsync(answers, linkOwn, ct);
        if (outcome.User is { } user)
        {
            context.Principal = EsiaLinkEndpoints.Principal(user);
            EsiaPendingLink.Forget(context.HttpContext);
            return;
        }
        if (outcome.NeedsLink)
        {
            pending.Remember(context.HttpContext, oid);
            Redirect(context, EsiaDefaults.LinkPagePath);
            return;
        }
        Redirect(context, ErrorPage(outcome.Refusal ?? EsiaFailure.Unknown));
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        log.LogWarning(context.Failure, "ESIA sign-in failed");
        context.HandleResponse();
        context.Response.Redirect(ErrorPage(EsiaFailure.ReasonOf(context.Failure)));
        return Task.CompletedTask;
    }

    public static string ErrorPage(string reason) => QueryHelpers.AddQueryString(EsiaDefaults.ErrorPagePath, "reason", reason);

    private static void Redirect(TokenValidatedContext context, string target)
    {
        context.HandleResponse();
        context.Response.Redirect(target);
    }

    /// <summary>Who is signed in with a password in this browser (the callback carries the portal cookie too).</summary>
    private static async Task<int?> SignedInAccountAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return result.Succeeded && int.TryParse(result.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }
}
