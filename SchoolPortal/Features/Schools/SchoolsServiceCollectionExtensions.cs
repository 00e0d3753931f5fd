namespace SchoolPortal.Features.Schools;

public static class SchoolsServiceCollectionExtensions
{
    /// <summary>«Школы»: the school's card.</summary>
    public static IServiceCollection AddSchoolsFeature(this IServiceCollection services)
    {
        services.AddScoped<SchoolCardService>();
        return services;
    }
}
