namespace SchoolPortal.Features.DuplicateGuard;

/// <summary>Which register a person is looked up in: a pupil is compared with pupils, a parent with parents, and so on.</summary>
public enum PersonKind
{
    Pupil = 1,
    Parent = 2,
    Employee = 3,
}
