namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// The other half of the browser tests, on a portal and a Chromium of its own: the two halves run side by side, each in
/// order. A flow goes to the half that keeps the two about equally long (docs/performance.md, «The test run»).
/// </summary>
[StartsEarly(1)]
[ClosesBrowserPages]
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "browser-2";
}
