using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SchoolPortal.Integrations.Epgu;

/// <summary>Registers the EPGU publication (settings, gateway, readiness, job) in one call from Program.cs.</summary>
public static class EpguServiceCollectionExtensions
{
    /// <summary>
    /// The EPGU publication: settings (section "Epgu"), the gateway <c>Epgu:Gateway</c> names and the job. The readiness rule
    /// (<see cref="IEpguReadiness"/>) is the readiness feature's: the four conditions of the briefing. The schedule is set by <c>UsePortalJobs</c>.
    /// </summary>
    public static IServiceCollection AddEpguPublication(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        // Read before the container is built: Epgu:Gateway decides which gateway is registered; a wrong one stops the start here.
        var options = configuration.GetSection(EpguOptions.Section).Get<EpguOptions>() ?? new EpguOptions();
        services.AddSingleton(options);
        if (!string.Equals(options.Gateway, EpguOptions.OutboxGateway, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                $"Epgu:Gateway = «{options.Gateway}» — такого шлюза ЕПГУ нет. Допустимо: {EpguOptions.OutboxGateway} (файлы в папку Epgu:OutboxPath).");
        var outbox = Path.IsPathRooted(options.OutboxPath) ? options.OutboxPath : Path.Combine(contentRoot, options.OutboxPath);
        services.TryAddSingleton<IEpguGateway>(new OutboxEpguGateway(outbox));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<EpguPublicationJob>();
        return services;
    }
}
