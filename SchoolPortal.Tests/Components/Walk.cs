using SchoolPortal.Tests.NewYear;
using SchoolPortal.Tests.BatchUpdate;
using SchoolPortal.Tests.Journal;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;
using SchoolPortal.Tests.Reports;
using SchoolPortal.Tests.Staff;
using SchoolPortal.Tests.Pupils;
using SchoolPortal.Tests.DataQuality;
using SchoolPortal.Tests.Accounts;
using SchoolPortal.Tests.Schedule;
using SchoolPortal.Tests.Support;

namespace SchoolPortal.Tests.Components;

/// <summary>Where the menu walk is now: the failures the page reports are filed under it.</summary>
internal sealed class Walk
{
    public required string Where { get; set; }
}
