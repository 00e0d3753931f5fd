using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Features.Camps;

/// <summary>Registers «Летний отдых» (Е-услуги): camps and shifts, applications, the allocator, payments, vouchers.</summary>
public static class CampsServiceCollectionExtensions
{
    public static IServiceCollection AddCampsFeature(this IServiceCollection services)
    {
        // One per node: it files the applications arriving together in one transaction (see CampAllocator.FileAsync).
        services.AddSingleton(sp => new CampAllocator(sp.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
            new EnrollmentSettings(sp.GetRequiredService<IDbContextFactory<PortalDbContext>>()), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<CampFilingService>();
        services.AddScoped<CampOverviewService>();
        services.AddScoped<SchoolPortal.Integrations.EpguEnrollment.IEpguCampIntake, CampEpguIntake>();
        services.AddScoped<FamilyCampsService>();
        services.AddScoped<CampPaymentService>();
        services.AddScoped<CampDeadlineJob>();
        services.AddOptions<CampOptions>().BindConfiguration(CampOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DeadlineSchedule), CampOptions.ScheduleProblem).ValidateOnStart();
        services.AddScoped<CampCatalogService>();
        services.AddScoped<CampApplicationsService>();
        return services;
    }
}
