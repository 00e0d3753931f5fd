using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// Finds the portal to start: SchoolPortal's own Release build output (<c>SchoolPortal/bin/Release/&lt;tfm&gt;/SchoolPortal.dll</c>),
/// not the copy in the benchmark's folder, whose deps file would mix in the benchmark's packages. The benchmark project
/// references SchoolPortal, so <c>dotnet run -c Release --project SchoolPortal.Benchmarks</c> has just built that output;
/// when the benchmark itself is not a Release build (or the output is missing) it runs <c>dotnet build -c Release</c> on
/// the portal first. <c>--portal path/SchoolPortal.dll</c> (e.g. a published folder) overrides the search.
/// </summary>
public static class PortalBuild
{
    private const string Configuration = "Release";

    public static async Task<string> LocateAsync(string? explicitDll)
    {
        if (explicitDll is not null)
        {
            var given = Path.GetFullPath(explicitDll);
            return File.Exists(given) ? given : throw new PortfolioLoadException($"Не найден портал {given} (--portal).");
        }
        var project = FindProject()
                      ?? throw new PortfolioLoadException("Не найден SchoolPortal/SchoolPortal.csproj выше папки бенчмарка: укажите собранный портал через --portal путь/SchoolPortal.dll.");
        var targetFramework = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var dll = Path.Combine(Path.GetDirectoryName(project)!, "bin", Configuration, targetFramework, "SchoolPortal.dll");
        if (!IsReleaseBenchmark() || !File.Exists(dll))
            await BuildAsync(project);
        return File.Exists(dll) ? dll : throw new PortfolioLoadException($"После сборки нет {dll}.");
    }

    /// <summary>The <c>dotnet</c> host of the runtime this benchmark runs on (so both processes use the same install).</summary>
    public static string DotnetHost()
    {
        var host = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..",
            OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(host) ? host : "dotnet";
    }

    private static bool IsReleaseBenchmark() =>
        typeof(PortalBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration == Configuration;

    private static string? FindProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "SchoolPortal", "SchoolPortal.csproj");
            if (File.Exists(project))
                return project;
        }
        return null;
    }

    private static async Task BuildAsync(string project)
    {
        Console.WriteLine($"  сборка портала: dotnet build -c {Configuration} {project}");
        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { "build", "-c", Configuration, project, "-nologo", "-v", "quiet" })
            start.ArgumentList.Add(arg);
        using var build = Process.Start(start) ?? throw new PortfolioLoadException("Не удалось запустить dotnet build.");
        var output = await build.StandardOutput.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
            throw new PortfolioLoadException($"Сборка портала не удалась (код {build.ExitCode}):{Environment.NewLine}{output}");
    }
}
