namespace SchoolPortal.Domain.Common;

/// <summary>A record that belongs to one school: school-level users see and change it only within their school (152-FZ).</summary>
public interface ISchoolScoped
{
    int SchoolId { get; }
}
