using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.Camps;
using SchoolPortal.Features.DataQuality;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Duplicates;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Features.Esia;
using SchoolPortal.Features.Journal;
using SchoolPortal.Features.MilitaryRegistration;
using SchoolPortal.Features.NewYear;
using SchoolPortal.Features.Parents;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.Readiness;
using SchoolPortal.Features.Reports;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Features.Schools;
using SchoolPortal.Features.Staff;
using SchoolPortal.Features.Support;
using SchoolPortal.Features.TeacherDay;

namespace SchoolPortal.Features;

public static class FeatureServiceCollectionExtensions
{
    /// <summary>
    /// The application services of every feature, each from its one <c>Add…Feature</c> in
    /// <c>Features/X/XServiceCollectionExtensions.cs</c>; Program.cs calls this once.
    /// </summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddEsiaFeature(configuration, environment);
        services.AddPupilsFeature();
        services.AddParentsFeature();
        services.AddStaffFeature();
        services.AddSchoolsFeature();
        services.AddJournalFeature();
        services.AddScheduleFeature();
        services.AddTeacherDayFeature();
        services.AddReportsFeature();
        services.AddReadinessFeature();
        services.AddPortfolioFeature();
        services.AddDuplicateGuardFeature();
        services.AddDuplicatesFeature();
        services.AddBatchUpdateFeature();
        services.AddMilitaryRegistrationFeature();
        services.AddDataQualityFeature();
        services.AddNewYearFeature();
        services.AddSupportFeature();
        services.AddEnrollmentFeature();
        services.AddCampsFeature();
        return services;
    }
}
