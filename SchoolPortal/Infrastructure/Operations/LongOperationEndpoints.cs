using Hangfire;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>Registers long operations (runner, scheduler, handlers) and maps the download of their results.</summary>
public static class LongOperationEndpoints
{
    public static string ResultPath(Guid id) => $"/operations/{id}/result";

    public static IServiceCollection AddLongOperations(this IServiceCollection services)
    {
        services.AddScoped<LongOperations>();
        services.AddScoped<LongOperationRunner>();
        services.AddSingleton<InProcessOperationScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<InProcessOperationScheduler>());
        services.AddSingleton<IOperationScheduler>(sp => sp.GetRequiredService<JobsOptions>().Enabled
            ? new HangfireOperationScheduler(sp.GetRequiredService<IBackgroundJobClient>())
            : sp.GetRequiredService<InProcessOperationScheduler>());
        services.AddSingleton<OperationRecovery>();
        services.AddHostedService(sp => sp.GetRequiredService<OperationRecovery>());
        return services;
    }

    public static IServiceCollection AddLongOperationHandler<THandler>(this IServiceCollection services)
        where THandler : class, ILongOperationHandler
    {
        services.AddScoped<ILongOperationHandler, THandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapLongOperationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The request's user, not the circuit's: a download is a plain HTTP request, outside any circuit.
        endpoints.MapGet("/operations/{id:guid}/result", async (Guid id, HttpContext http, LongOperations operations) =>
            await operations.ResultAsync(id, PortalUser.From(http.User)) is { } file
                ? Results.File(file.Content, ContentType(file.Name), file.Name)
                : Results.NotFound("Файл не найден или недоступен вам."))
            .RequireAuthorization();
        return endpoints;
    }

    private static string ContentType(string name) => name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "application/octet-stream";
}
