using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>The prepared INSERT of each table the generator fills; the column order here is the value order of every Insert call.</summary>
internal sealed class DemoRegionTables(BulkSession session)
{
    public BulkTable Municipalities { get; } = session.Table<Municipality>("Id", "Name");

    public BulkTable Schools { get; } = session.Table<School>(
        "Id", "MunicipalityId", "FullName", "ShortName", "Inn", "Ogrn", "Address", "HeadName", "Phone", "Email");

    public BulkTable AcademicYears { get; } = session.Table<AcademicYear>("Id", "SchoolId", "StartYear", "StartsOn", "EndsOn", "Status");

    public BulkTable StudyPeriods { get; } = session.Table<StudyPeriod>("Id", "AcademicYearId", "Kind", "Number", "StartsOn", "EndsOn", "IsClosed");

    public BulkTable HolidayPeriods { get; } = session.Table<HolidayPeriod>("Id", "AcademicYearId", "Name");

    public BulkTable Holidays { get; } = session.OwnedTable<HolidayPeriod>(nameof(HolidayPeriod.Holidays),
        "Id", "HolidayPeriodId", "Name", "StartsOn", "EndsOn");

    public BulkTable Employees { get; } = session.Table<Employee>(
        "Id", "SchoolId", "Name.Surname", "Name.FirstName", "Name.Patronymic", "BirthDate", "Gender",
        "Passport.Kind", "Passport.Series", "Passport.Number", "Passport.IssuedOn", "Passport.IssuedBy",
        "Snils", "Position", "Category", "Phone", "Email", "OnMaternityLeave", "Education", "DismissedOn");

    public BulkTable Classes { get; } = session.Table<SchoolClass>(
        "Id", "SchoolId", "AcademicYearId", "Grade", "Letter", "HomeroomTeacherId", "HolidayPeriodId");

    public BulkTable Pupils { get; } = session.Table<Pupil>(
        "Id", "SchoolId", "Name.Surname", "Name.FirstName", "Name.Patronymic", "BirthDate", "Gender",
        "BirthCertificate.Kind", "BirthCertificate.Series", "BirthCertificate.Number", "BirthCertificate.IssuedOn", "BirthCertificate.IssuedBy",
        "Passport.Kind", "Passport.Series", "Passport.Number", "Passport.IssuedOn", "Passport.IssuedBy",
        "Snils", "Citizenship", "Birthplace", "RegistrationAddress", "StayAddress", "FormOfEducation",
        "HomePhone", "MobilePhone", "Email", "MovementOfFirstsMember", "Gifted", "Comment", "Status", "LeftOn", "LeavingOrder",
        "CurrentClassId");

    public BulkTable ClassMemberships { get; } = session.Table<ClassMembership>("Id", "PupilId", "SchoolClassId", "From", "To");

    public BulkTable Parents { get; } = session.Table<Parent>(
        "Id", "Name.Surname", "Name.FirstName", "Name.Patronymic", "BirthDate", "Gender",
        "Document.Kind", "Document.Series", "Document.Number", "Document.IssuedOn", "Document.IssuedBy",
        "Snils", "RegistrationAddress", "StayAddress", "Phone", "Email");

    public BulkTable ParentLinks { get; } = session.Table<ParentLink>("Id", "PupilId", "ParentId", "Relation");

    public BulkTable UserAccounts { get; } = session.Table<UserAccount>(
        "Id", "Login", "PasswordHash", "Roles", "SchoolId", "MunicipalityId", "PupilId", "ParentId", "EmployeeId",
        "DisplayName", "EsiaOid", "MustChangePassword", "LastLoginAt", "FailedSignIns", "LockedUntil", "IsDisabled", "SecurityStamp");

    public BulkTable Subjects { get; } = session.Table<Subject>("Id", "SchoolId", "Name", "Grading");

    public BulkTable Bells { get; } = session.Table<Bell>("Id", "SchoolId", "Number", "StartsAt", "EndsAt");

    public BulkTable Workloads { get; } = session.Table<Workload>(
        "Id", "SchoolId", "AcademicYearId", "ClassId", "SubjectId", "TeacherId", "HoursPerWeek", "Group");

    public BulkTable Timetable { get; } = session.Table<TimetableEntry>(
        "Id", "SchoolId", "ClassId", "StudyPeriodId", "Weekday", "LessonNumber", "SubjectId", "TeacherId", "Room", "Group");

    public BulkTable Lessons { get; } = session.Table<Lesson>(
        "Id", "SchoolId", "ClassId", "StudyPeriodId", "SubjectId", "TeacherId", "Date", "Number", "Room", "Group", "TimetableEntryId",
        "Topic", "WorkType", "Homework", "HomeworkLink", "HomeworkDueOn");

    public BulkTable JournalCells { get; } = session.Table<JournalCell>(
        "Id", "SchoolId", "LessonId", "PupilId", "Marks", "Attendance", "Version", "ChangedAt", "ChangedBy");

    public BulkTable FinalMarks { get; } = session.Table<FinalMark>(
        "Id", "SchoolId", "AcademicYearId", "ClassId", "SubjectId", "PupilId", "StudyPeriodId", "Value", "Version", "ChangedAt", "ChangedBy");

    public BulkTable Substitutions { get; } = session.Table<Substitution>(
        "Id", "SchoolId", "LessonId", "Date", "LessonNumber", "ClassId", "AbsentTeacherId", "SubstituteTeacherId", "SubjectId", "Comment");

    public BulkTable YearEvents { get; } = session.Table<YearEvent>(
        "Id", "SchoolId", "AcademicYearId", "Kind", "Title", "Date", "StartsAt", "Audience", "AudienceIds", "Description");

    public IEnumerable<BulkTable> All =>
    [
        Municipalities, Schools, AcademicYears, StudyPeriods, HolidayPeriods, Holidays, Employees, Classes, Pupils,
        ClassMemberships, Parents, ParentLinks, UserAccounts, Subjects, Bells, Workloads, Timetable, Lessons, JournalCells, FinalMarks,
        Substitutions, YearEvents,
    ];
}
