using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SchoolPortal.Data;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Integrations.GirVu;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>Registers «Отчеты ГИР ВУ»: settings (section "GirVu"), folders, the folder gateway, the local stand-in, the exchange and the reports.</summary>
public static class MilitaryRegistrationServiceCollectionExtensions
{
    public static IServiceCollection AddMilitaryRegistrationFeature(this IServiceCollection services)
    {
        services.AddOptions<GirVuOptions>().BindConfiguration(GirVuOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ResponsesSchedule), GirVuOptions.ScheduleMissing).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GirVuOptions>>().Value);
        services.AddSingleton(sp => GirVuFolders.From(sp.GetRequiredService<GirVuOptions>(),
            sp.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions(),
            sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.TryAddSingleton<IGirVuGateway>(sp => new FolderGirVuGateway(sp.GetRequiredService<GirVuFolders>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GirVuEmulator>();
        services.AddHostedService<GirVuEmulatorService>();
        services.AddScoped<GirVuExchangeRunner>();
        services.AddScoped<GirVuAnswers>();
        services.AddScoped<GirVuReportService>();
        services.AddLongOperationHandler<GirVuExchangeHandler>();
        return services;
    }
}
