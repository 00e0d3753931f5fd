namespace SchoolPortal.Features.Schedule;

public static class ScheduleServiceCollectionExtensions
{
    /// <summary>The services of Планирование (subjects, workload, bells, timetable) and Расписание (substitutions, year events).</summary>
    public static IServiceCollection AddScheduleFeature(this IServiceCollection services)
    {
        services.AddScoped<SubjectService>();
        services.AddScoped<WorkloadService>();
        services.AddScoped<BellService>();
        services.AddScoped<TimetableService>();
        services.AddScoped<WeekTimetableService>();
        services.AddScoped<SubstitutionService>();
        services.AddScoped<YearEventService>();
        services.AddScoped<PupilEventService>();
        return services;
    }
}
