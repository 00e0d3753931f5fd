using SchoolPortal.Tests.TestKit;
namespace SchoolPortal.Tests.Enrollment;

/// <summary>The grade-1 campaign flow moves its portal's clock past 30 June: it has a portal and a demo database of its own.</summary>
[StartsEarly(3)]
[ClosesBrowserPages]
[CollectionDefinition(Name)]
public sealed class EnrollmentBrowserCollection : ICollectionFixture<EnrollmentPortalServer>
{
    public const string Name = "browser-enrollment";
}
