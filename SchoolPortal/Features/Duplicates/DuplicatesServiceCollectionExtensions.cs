namespace SchoolPortal.Features.Duplicates;

/// <summary>Registers «Проверка наличия «дублей»»; the lead wires it into the portal's feature list.</summary>
public static class DuplicatesServiceCollectionExtensions
{
    public static IServiceCollection AddDuplicatesFeature(this IServiceCollection services)
    {
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<ParentMergeService>();
        return services;
    }
}
