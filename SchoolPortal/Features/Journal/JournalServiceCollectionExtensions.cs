namespace SchoolPortal.Features.Journal;

public static class JournalServiceCollectionExtensions
{
    /// <summary>The services of the class journal (Журнал).</summary>
    public static IServiceCollection AddJournalFeature(this IServiceCollection services)
    {
        services.AddScoped<JournalService>();
        return services;
    }
}
