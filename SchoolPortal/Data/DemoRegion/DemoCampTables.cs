using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>The prepared INSERTs of the demo's camp season; the column order here is the value order of every Insert call.</summary>
internal sealed class DemoCampTables(BulkSession session)
{
    public BulkTable Seasons { get; } = session.Table<CampSeason>(
        "Id", "Year", "BookingOpensAt", "PaymentWorkingDays", "VoucherWorkingDays", "PayeeName", "PayeeInn", "PayeeAccount", "PayeeBank",
        "PayeeBik", "AllocationRound");

    public BulkTable Camps { get; } = session.Table<Camp>("Id", "Name", "Kind", "Address", "MunicipalityId");

    public BulkTable Shifts { get; } = session.Table<CampShift>(
        "Id", "CampId", "Year", "Name", "StartsOn", "EndsOn", "Places", "Taken", "MinAge", "MaxAge", "FullPrice", "ParentShare");

    public BulkTable Applications { get; } = session.Table<CampApplication>(
        "Id", "Year", "Channel", "EpguOrderId", "PupilId", "SchoolId", "MunicipalityId", "ParentId",
        "ChildName.Surname", "ChildName.FirstName", "ChildName.Patronymic", "ChildBirthDate",
        "ApplicantName.Surname", "ApplicantName.FirstName", "ApplicantName.Patronymic",
        "FiledAt", "Priority", "PriorityDocument", "Choice1ShiftId", "Choice2ShiftId", "Choice3ShiftId", "Status", "ShiftId", "GrantedAt",
        "PaymentDeadline", "AmountDue", "VoucherNumber", "PaidAmount", "PaidOn", "PaymentReference", "VoucherIssuedAt", "RejectionReason");

    public BulkTable StatusChanges { get; } = session.Table<CampStatusChange>("Id", "ApplicationId", "Status", "At", "By", "Comment");

    public BulkTable Notices { get; } = session.Table<CampNotice>("Id", "ParentId", "ApplicationId", "Status", "At", "Text", "ReadAt");

    public IEnumerable<BulkTable> All => [Seasons, Camps, Shifts, Applications, StatusChanges, Notices];
}
