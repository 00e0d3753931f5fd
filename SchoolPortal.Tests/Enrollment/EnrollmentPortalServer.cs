using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// The portal of the grade-1 campaign flow: its demo region is made on 14.05.2027, inside the first stage (1 April – 30 June
/// 2027), and the flow moves it to 01.07.2027 by restarting it on the same data, as a real region lives through the day the
/// first stage ends.
/// </summary>
public sealed class EnrollmentPortalServer : PortalServer
{
    public static readonly DateOnly InFirstStage = new(2027, 5, 14);
    public static readonly DateOnly AfterFirstStage = new(2027, 7, 1);

    private DateOnly _today = InFirstStage;

    protected override DateOnly Today => _today;

    /// <summary>Restarts the portal with its clock on <paramref name="day"/>; the database and the EPGU folders are kept.</summary>
    public async Task MoveToAsync(DateOnly day)
    {
        _today = day;
        await RestartAsync();
    }
}
