using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Readiness;

namespace SchoolPortal.Features.Readiness;

/// <summary>One child in a readiness list: who, which class, and the four conditions checked.</summary>
public sealed record PupilReadiness(int PupilId, int SchoolId, string FullName, DateOnly BirthDate, int? ClassId, string? ClassName,
    PupilStatus Status, ChildReadiness Readiness);
