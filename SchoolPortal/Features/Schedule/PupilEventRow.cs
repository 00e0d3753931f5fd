using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Schedule;

/// <summary>One planned call or meeting as «Вызовы и встречи» lists it.</summary>
public sealed record PupilEventRow(int Id, string Pupil, string ClassName, PupilEventKind Kind, string KindName, DateOnly Date, TimeOnly? StartsAt,
    string? Comment, string Author);
