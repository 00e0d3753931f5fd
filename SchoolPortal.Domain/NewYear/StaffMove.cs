using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.NewYear;

/// <summary>An employee who does not carry over into the new year: dismissed on <see cref="LeavesOn"/> when the year opens.</summary>
public sealed class StaffMove : ISchoolScoped
{
    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int SchoolId { get; private set; }
    public int EmployeeId { get; private set; }
    public DateOnly LeavesOn { get; private set; }

    // Written by the opening job, read by undo.
    public bool Applied { get; private set; }
    public DateOnly? PreviousDismissedOn { get; private set; }

    private StaffMove()
    {
    }

    public StaffMove(int planId, int schoolId, int employeeId, DateOnly leavesOn)
    {
        PlanId = planId;
        SchoolId = schoolId;
        EmployeeId = employeeId;
        LeavesOn = leavesOn;
    }
}
