namespace SchoolPortal.Features;

public static class FeatureServiceCollectionExtensions
{
    /// <summary>The application services of every feature; one line per feature.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddScoped<Pupils.PupilListQuery>().AddScoped<Pupils.PupilPasswords>().AddScoped<Pupils.PupilCardService>()
            .AddScoped<Pupils.PupilParents>().AddScoped<Pupils.ParentCardService>();
        return services;
    }
}
