using SchoolPortal.Tests.MilitaryRegistration;

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
