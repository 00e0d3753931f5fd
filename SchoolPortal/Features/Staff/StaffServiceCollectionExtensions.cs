namespace SchoolPortal.Features.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>«Сотрудники»: the staff directory and the employee's card.</summary>
    public static IServiceCollection AddStaffFeature(this IServiceCollection services)
    {
        services.AddScoped<StaffDirectory>();
        services.AddScoped<EmployeeCardService>();
        return services;
    }
}
