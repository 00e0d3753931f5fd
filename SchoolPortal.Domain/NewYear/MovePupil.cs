using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Domain.NewYear;

/// <summary>
/// A pupil at the turn of the year: studying this year in <see cref="ClassId"/> (grade <see cref="Grade"/>, since
/// <see cref="ClassSince"/>), or admitted from the new year (<see cref="PupilStatus.Admitted"/>, no class).
/// </summary>
public sealed record MovePupil(int PupilId, PupilStatus Status, int? ClassId, int? Grade, DateOnly? ClassSince);
