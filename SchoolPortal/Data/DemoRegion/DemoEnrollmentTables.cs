using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>The prepared INSERTs of the demo's «Е-услуги» tables; the column order here is the value order of every Insert call.</summary>
internal sealed class DemoEnrollmentTables(BulkSession session)
{
    public BulkTable TerritoryLines { get; } = session.Table<TerritoryLine>(
        "Id", "SchoolId", "Settlement", "Street", "SettlementKey", "StreetKey", "Parity", "HouseFrom", "HouseTo");

    public BulkTable SchoolPlaces { get; } = session.Table<SchoolPlaces>("Id", "SchoolId", "Year", "Grade1Places", "Grade10Places");

    public BulkTable Applications { get; } = session.Table<EnrollmentApplication>(
        "Id", "Number", "Channel", "EpguOrderId", "FiledOn", "EpguFiledAt", "Kind", "SchoolId", "Year", "TenthGradeProfile",
        "ChildName.Surname", "ChildName.FirstName", "ChildName.Patronymic", "ChildBirthDate", "ChildGender", "ChildSnils",
        "ChildDocument.Kind", "ChildDocument.Series", "ChildDocument.Number", "ChildDocument.IssuedOn", "ChildDocument.IssuedBy",
        "ChildBirthActNumber", "ResidenceAddress", "RegistrationAddress",
        "ApplicantName.Surname", "ApplicantName.FirstName", "ApplicantName.Patronymic", "ApplicantDocument", "ApplicantPhone",
        "ApplicantEmail", "ApplicantRelation", "Right", "RightDocument", "SiblingName", "LivesOnTerritory", "MatchedTerritoryLine",
        "Language", "NeedsAdaptedProgramme", "FounderPermission", "FounderPermissionDocument", "Stage", "DuplicateOfId", "PupilId",
        "Status", "RefusalReason");

    public BulkTable StatusChanges { get; } = session.Table<ApplicationStatusChange>("Id", "ApplicationId", "Status", "At", "By", "Comment");

    public BulkTable StatusMessages { get; } = session.Table<EpguStatusMessage>(
        "Id", "SchoolId", "ApplicationId", "EpguOrderId", "Status", "Code", "Comment", "CreatedAt", "SentAt");

    public BulkTable Orders { get; } = session.Table<EnrollmentOrder>(
        "Id", "SchoolId", "Number", "Date", "Year", "ClassId", "ClassName", "FromNewYear", "IsLate", "Deadline", "IssuedAt", "IssuedBy");

    public BulkTable OrderLines { get; } = session.Table<EnrollmentOrderLine>("Id", "OrderId", "SchoolId", "ApplicationId", "PupilId", "ChildName");

    public IEnumerable<BulkTable> All => [TerritoryLines, SchoolPlaces, Applications, StatusChanges, StatusMessages, Orders, OrderLines];
}
