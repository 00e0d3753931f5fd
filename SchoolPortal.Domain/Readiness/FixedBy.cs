namespace SchoolPortal.Domain.Readiness;

/// <summary>Who fixes a problem: the school in its records, or the parent on Gosuslugi or by signing in.</summary>
public enum FixedBy
{
    School = 1,
    Parent = 2,
}
