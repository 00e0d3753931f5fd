namespace SchoolPortal.Integrations.Epgu;

/// <summary>The next (or current) holiday of the child's class: what «До каникул осталось» counts down to.</summary>
public sealed record EpguHoliday(string Name, DateOnly StartsOn, DateOnly EndsOn);
