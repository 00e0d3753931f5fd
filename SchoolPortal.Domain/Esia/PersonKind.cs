namespace SchoolPortal.Domain.Esia;

/// <summary>Which school record a <see cref="PersonRecord"/> comes from.</summary>
public enum PersonKind
{
    Parent = 1,
    Employee = 2,
    Pupil = 3,
}
