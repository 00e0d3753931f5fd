using System.Runtime.CompilerServices;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// Puts the run's temporary files (test databases, portal data folders, EPGU folders) on the memory file system when the
/// machine has one (/dev/shm on Linux): SQLite syncs every commit to disk, and thousands of test databases made the disk
/// a tenth of the run (docs/performance.md, issue 15). Set before any test asks for a temporary path, and inherited by
/// the portal processes the browser tests start. Elsewhere the system's temporary folder stays.
/// </summary>
internal static class ScratchInMemory
{
    private const string MemoryFileSystem = "/dev/shm";

    [ModuleInitializer]
    internal static void UseMemoryForTemporaryFiles()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(MemoryFileSystem) || Environment.GetEnvironmentVariable("SCHOOLPORTAL_TESTS_ON_DISK") == "1")
            return;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(MemoryFileSystem, "schoolportal-tests")).FullName;
            var probe = Path.Combine(folder, Path.GetRandomFileName());
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            Environment.SetEnvironmentVariable("TMPDIR", folder + "/");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not writable here: the system's temporary folder it is.
        }
    }
}
