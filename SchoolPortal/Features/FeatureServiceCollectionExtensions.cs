using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Duplicates;
using SchoolPortal.Features.Journal;
using SchoolPortal.Features.MilitaryRegistration;
using SchoolPortal.Features.NewYear.Engine;
using SchoolPortal.Features.NewYear.Wizard;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.DataQuality;
using SchoolPortal.Features.Readiness;
using SchoolPortal.Features.Reports;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Features.Schools;
using SchoolPortal.Features.Staff;
using SchoolPortal.Features.Support;
using SchoolPortal.Features.TeacherDay;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Features;

public static class FeatureServiceCollectionExtensions
{
    /// <summary>The application services of every feature.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddScoped<PupilListQuery>();
        services.AddScoped<PupilPasswords>();
        services.AddScoped<PupilCardService>();
        services.AddScoped<PupilParents>();
        services.AddScoped<ParentCardService>();
        services.AddScoped<CardAccounts>();
        services.AddScoped<PupilListExport>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<EmployeeCardService>();
        services.AddScoped<SchoolCardService>();
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
        services.AddQualityFeature();
        services.AddNewYearEngine();
        services.AddNewYearWizard();
        services.AddSupportFeature();
        return services;
    }
}
