namespace SchoolPortal.Features.Pupils;

public static class PupilsServiceCollectionExtensions
{
    /// <summary>«Ученики»: the list and its export, the pupil's card, its parents, accounts and passwords.</summary>
    public static IServiceCollection AddPupilsFeature(this IServiceCollection services)
    {
        services.AddScoped<PupilListQuery>();
        services.AddScoped<PupilPasswords>();
        services.AddScoped<PupilCardService>();
        services.AddScoped<PupilParents>();
        services.AddScoped<CardAccounts>();
        services.AddScoped<PupilListExport>();
        return services;
    }
}
