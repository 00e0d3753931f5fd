using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SchoolPortal.Data;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>Registers the exchange of enrollment applications with EPGU: settings, folders, the folder gateway and, in the demo, the emulator.</summary>
public static class EpguEnrollmentServiceCollectionExtensions
{
    /// <summary>
    /// Settings (section "EpguEnrollment", checked at start, each refusal naming its setting), the folders, the gateway and, when
    /// <c>EpguEnrollment:Emulator:Enabled</c> is true, the emulator: refused right here outside the demo or in Production.
    /// </summary>
    public static IServiceCollection AddEpguEnrollment(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<EpguEnrollmentOptions>().BindConfiguration(EpguEnrollmentOptions.Section)
            .Validate(o => o.MaxFilesPerRunValid, EpguEnrollmentOptions.MaxFilesPerRunProblem)
            .Validate(o => !string.IsNullOrWhiteSpace(o.IntakeSchedule), EpguEnrollmentOptions.ScheduleProblem)
            .Validate(o => o.FoldersDistinct, EpguEnrollmentOptions.FoldersProblem)
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => EpguEnrollmentFolders.From(sp.GetRequiredService<IOptions<EpguEnrollmentOptions>>().Value,
            configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions(), environment.ContentRootPath));
        services.TryAddSingleton<IEpguEnrollmentGateway>(sp => new FolderEpguEnrollmentGateway(sp.GetRequiredService<EpguEnrollmentFolders>(),
            sp.GetRequiredService<IOptions<EpguEnrollmentOptions>>().Value.MaxFilesPerRun, sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<FolderEpguEnrollmentGateway>>()));
        if (configuration.GetValue(DemoEmulators.EpguEnrollmentSetting, defaultValue: false))
        {
            var gate = DemoEmulators.From(configuration, environment);
            gate.Require(DemoEmulators.EpguEnrollmentSetting, "true");
            services.TryAddSingleton(gate);
            services.TryAddSingleton<EpguEnrollmentEmulator>();
        }
        return services;
    }
}
