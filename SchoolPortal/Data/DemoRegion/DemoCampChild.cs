using SchoolPortal.Domain.People;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>A pupil of the demo with the parent who applies for a camp voucher, as the records hold them.</summary>
internal sealed record DemoCampChild(int PupilId, int SchoolId, int DistrictId, PersonName Name, DateOnly BirthDate, int ParentId, PersonName ParentName);
