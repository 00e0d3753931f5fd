using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.NewYear.Engine;

public static class NewYearEngineFeature
{
    public static IServiceCollection AddNewYearEngine(this IServiceCollection services)
    {
        services.AddScoped<INewYearEngine, NewYearEngine>();
        services.AddLongOperationHandler<RolloverHandler>();
        return services;
    }
}
