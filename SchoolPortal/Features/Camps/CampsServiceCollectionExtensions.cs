namespace SchoolPortal.Features.Camps;

/// <summary>Registers «Летний отдых» (Е-услуги): camps and shifts, applications, the allocator, payments, vouchers.</summary>
public static class CampsServiceCollectionExtensions
{
    public static IServiceCollection AddCampsFeature(this IServiceCollection services)
    {
        services.AddScoped<CampAllocator>();
        services.AddScoped<CampFilingService>();
        services.AddScoped<CampCatalogService>();
        services.AddScoped<CampApplicationsService>();
        return services;
    }
}
