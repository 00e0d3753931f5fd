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

/// <summary>
/// A browser test: runs in headless Debian Chromium. Without Chromium it is skipped with a message saying how to get it,
/// except under CI=true, where it must run (and fails if Chromium is missing).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ChromiumPath) && !ci)
            Skip = $"Chromium не найден ({ChromiumPath}): браузерный тест пропущен. Установите: apt-get install -y chromium (или запустите .ci/run).";
    }
}
