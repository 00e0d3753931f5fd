namespace SchoolPortal.Features.Duplicates;

/// <summary>Registers «Проверка наличия «дублей»».</summary>
public static class DuplicatesServiceCollectionExtensions
{
    public static IServiceCollection AddDuplicatesFeature(this IServiceCollection services)
    {
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<ParentMergeService>();
        return services;
    }
}
