namespace SchoolPortal.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Отчеты: the class journal report and the attendance report, with their Excel export.</summary>
    public static IServiceCollection AddReportsFeature(this IServiceCollection services)
    {
        services.AddScoped<ReportChoices>();
        services.AddScoped<ClassJournalReport>();
        services.AddScoped<AttendanceReport>();
        return services;
    }
}
