using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;

namespace SchoolPortal.Tests.NewYear;

/// <summary>
/// The portal of the new-year flow on 01.04.2027, the day forming 2027/2028 opens (the briefing), with the demo region
/// generated as for every other browser test.
/// </summary>
public sealed class NewYearPortalServer : PortalServer
{
    public static readonly DateOnly FormingOpens = new(2027, 4, 1);

    protected override DateOnly Today => FormingOpens;
}
