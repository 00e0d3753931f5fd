using SchoolPortal.Tests.Esia;

namespace SchoolPortal.Tests.TestKit;

/// <summary>Half of the browser tests share this running portal and Chromium (the other half: <see cref="SecondBrowserCollection"/>).</summary>
[StartsEarly(2)]
[ClosesBrowserPages]
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "browser";
}
