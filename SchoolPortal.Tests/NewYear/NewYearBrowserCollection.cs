using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;

namespace SchoolPortal.Tests.NewYear;

/// <summary>
/// The new-year flow opens the next academic year of school 1, which changes what every other browser test sees (the
/// journal of 28.11.2026 belongs to a closed year then): it runs against a portal and demo database of its own, on
/// 01.04.2027, when forming the new year opens. It runs beside the other tests (it waited for all of them while its flow
/// took 45 s of retries on a table of 800 rows; the movement step now opens on one class and the flow waits for what it
/// needs, so sharing the machine no longer fails it).
/// </summary>
[StartsEarly(4)]
[ClosesBrowserPages]
[CollectionDefinition(Name)]
public sealed class NewYearBrowserCollection : ICollectionFixture<NewYearPortalServer>
{
    public const string Name = "browser-new-year";
}
