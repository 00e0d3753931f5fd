using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Camps;

/// <summary>What work under the season's lock is given: the moment the lock was taken and the region's production calendar.</summary>
public sealed record SeasonLock(DateTimeOffset Now, ProductionCalendar Calendar);
