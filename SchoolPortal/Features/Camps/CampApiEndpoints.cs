using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// The booking minute over plain HTTP: <c>POST /api/camps/applications</c> with a JSON body, for a signed-in parent. On
/// the booking day thousands of parents press the button at once; a request each, with no live circuit behind it, is
/// what the server can carry (the «Летний отдых» page keeps its circuit for everything else). JSON only: a form posted
/// from another site cannot reach it (a cross-site JSON request needs CORS, which the portal does not allow), and the
/// sign-in cookie is SameSite=Lax. The body is bounded before it is read.
/// </summary>
public static class CampApiEndpoints
{
    public const string ApplyPath = "/api/camps/applications";
    public const int MaxBodyBytes = 4 * 1024;

    public static IEndpointRouteBuilder MapCampApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(ApplyPath, ApplyAsync).RequireAuthorization(PortalPolicies.Family).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ApplyAsync(HttpContext http, IDbContextFactory<PortalDbContext> factory, CampAllocator allocator,
        CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
            return Results.Problem("Ожидается JSON (Content-Type: application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        if (http.Request.ContentLength is > MaxBodyBytes)
            return Results.Problem($"Тело запроса больше {MaxBodyBytes} байт.", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        CampApplyBody? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync<CampApplyBody>(ct);
        }
        catch (Exception e) when (e is JsonException or BadHttpRequestException)
        {
            return Results.Problem("Заявление не прочитано: проверьте формат JSON и его размер.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (body is null)
            return Results.Problem("Пустое заявление.", statusCode: StatusCodes.Status400BadRequest);

        var filing = new CampFilingService(new PortalDb(factory, new RequestCurrentUser(http.User)), factory, allocator);
        try
        {
            var a = await filing.ApplyAsync(new CampRequest(body.PupilId, body.Choices ?? [], body.Priority, body.PriorityDocument), ct);
            return Results.Ok(new CampApplyAnswer(a.Id, a.Number, a.Status.ToString(), a.StatusName, a.ShiftId, a.AmountDue, a.PaymentDeadline,
                a.VoucherNumber));
        }
        catch (DomainException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["field"] = e.Field });
        }
        catch (AccessDeniedException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
