namespace SchoolPortal.Features.TeacherDay;

public static class TeacherDayServiceCollectionExtensions
{
    /// <summary>The teacher's home: today's lessons and events.</summary>
    public static IServiceCollection AddTeacherDayFeature(this IServiceCollection services)
    {
        services.AddScoped<TeacherDayService>();
        return services;
    }
}
