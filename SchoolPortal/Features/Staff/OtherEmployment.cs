namespace SchoolPortal.Features.Staff;

/// <summary>The employee's card in another school where they still work.</summary>
public sealed record OtherEmployment(int Id, int SchoolId, string SchoolName);
