namespace SchoolPortal.Features.Parents;

public static class ParentsServiceCollectionExtensions
{
    /// <summary>«Родители»: the parent's card.</summary>
    public static IServiceCollection AddParentsFeature(this IServiceCollection services)
    {
        services.AddScoped<ParentCardService>();
        return services;
    }
}
