namespace SchoolPortal.Features.NewYear.Wizard;

public static class NewYearWizardServiceCollectionExtensions
{
    /// <summary>The wizard's step services and the operators' overview; the engine (INewYearEngine) is registered by its own feature.</summary>
    public static IServiceCollection AddNewYearWizard(this IServiceCollection services)
    {
        services.AddScoped<PlanEditor>();
        services.AddScoped<NewYearWizardService>();
        services.AddScoped<NewYearClassesService>();
        services.AddScoped<NewYearMovementService>();
        services.AddScoped<NewYearCalendarService>();
        services.AddScoped<NewYearOverviewService>();
        return services;
    }
}
