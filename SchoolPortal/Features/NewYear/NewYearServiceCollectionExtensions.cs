using SchoolPortal.Features.NewYear.Engine;
using SchoolPortal.Features.NewYear.Wizard;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.NewYear;

public static class NewYearServiceCollectionExtensions
{
    /// <summary>«Новый учебный год»: the engine that rolls the year over (and its long operation), the wizard's step services and the operators' overview.</summary>
    public static IServiceCollection AddNewYearFeature(this IServiceCollection services)
    {
        services.AddScoped<INewYearEngine, NewYearEngine>();
        services.AddLongOperationHandler<RolloverHandler>();
        services.AddScoped<PlanEditor>();
        services.AddScoped<NewYearWizardService>();
        services.AddScoped<NewYearClassesService>();
        services.AddScoped<NewYearMovementService>();
        services.AddScoped<NewYearCalendarService>();
        services.AddScoped<NewYearOverviewService>();
        return services;
    }
}
