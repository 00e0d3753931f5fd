namespace SchoolPortal.Features.DuplicateGuard;

/// <summary>The duplicate prevention of pupils, parents and employees, the pupils' quick entry and the staff import.</summary>
public static class DuplicateGuardServiceCollectionExtensions
{
    public static IServiceCollection AddDuplicateGuardFeature(this IServiceCollection services)
    {
        services.AddScoped<PersonDuplicateGuard>();
        services.AddScoped<Staff.StaffImportService>();
        services.AddScoped<QuickEntry.QuickEntryService>();
        return services;
    }
}
