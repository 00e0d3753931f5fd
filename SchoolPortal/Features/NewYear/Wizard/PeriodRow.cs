using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.NewYear.Wizard;

public sealed record PeriodRow(int Id, StudyPeriodKind Kind, int Number, string Name, DateOnly StartsOn, DateOnly EndsOn);
