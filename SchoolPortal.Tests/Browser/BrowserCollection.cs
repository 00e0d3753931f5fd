namespace SchoolPortal.Tests.Browser;

/// <summary>All browser tests share one running portal and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "browser";
}
