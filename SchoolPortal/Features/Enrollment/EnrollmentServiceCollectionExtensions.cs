namespace SchoolPortal.Features.Enrollment;

/// <summary>Registers «Зачисление» (Е-услуги): applications, the card and its actions, places, territories, campaign, orders, leavers.</summary>
public static class EnrollmentServiceCollectionExtensions
{
    public static IServiceCollection AddEnrollmentFeature(this IServiceCollection services)
    {
        services.AddScoped<EnrollmentSettings>();
        services.AddScoped<ChildrenInRegion>();
        services.AddScoped<RepeatedApplications>();
        services.AddScoped<ApplicationListService>();
        services.AddScoped<ApplicationCardService>();
        services.AddScoped<ApplicationStatusService>();
        services.AddScoped<PaperApplicationService>();
        services.AddScoped<SchoolPlacesService>();
        services.AddScoped<TerritoryService>();
        services.AddScoped<CampaignSettingsService>();
        services.AddScoped<CampaignDashboardService>();
        services.AddScoped<EnrollmentOrderService>();
        services.AddScoped<LeaversService>();
        services.AddScoped<ApplicationLookupService>();
        services.AddOptions<SupportContacts>().BindConfiguration(SupportContacts.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ViolationsService>();
        services.AddScoped<Epgu.EpguIntakeRunner>();
        services.AddScoped<Epgu.EpguEmulatorPlaces>();
        return services;
    }
}
