using SchoolPortal.Tests.BatchUpdate;
using SchoolPortal.Tests.Journal;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;
using SchoolPortal.Tests.Reports;
using SchoolPortal.Tests.Staff;
using SchoolPortal.Tests.Components;
using SchoolPortal.Tests.Pupils;
using SchoolPortal.Tests.DataQuality;
using SchoolPortal.Tests.Accounts;
using SchoolPortal.Tests.Schedule;
using SchoolPortal.Tests.Support;

namespace SchoolPortal.Tests.TestKit;

/// <summary>Half of the browser tests share this running portal and Chromium (the other half: <see cref="SecondBrowserCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "browser";
}
