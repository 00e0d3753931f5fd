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

    /// <summary>
    /// The portal published (<c>dotnet publish -c Release</c> into <c>/tmp/schoolportal-bench/portal-published</c>), for a
    /// scenario that drives real browsers: only the published output has the static files (wwwroot, the framework's and
    /// MudBlazor's scripts) in Production; the build output serves none, so no Blazor circuit would start. <c>--portal</c>
    /// (an already published SchoolPortal.dll) skips the publish.
    /// </summary>
    public static async Task<string> PublishedAsync(string? explicitDll)
    {
        if (explicitDll is not null)
            return await LocateAsync(explicitDll);
        var project = FindProject()
                      ?? throw new PortfolioLoadException("Не найден SchoolPortal/SchoolPortal.csproj выше папки бенчмарка: укажите опубликованный портал через --portal путь/SchoolPortal.dll.");
        var folder = Path.Combine(BenchmarkDatabase.Folder, "portal-published");
        Console.WriteLine($"  публикация портала: dotnet publish -c {Configuration} {project} -o {folder}");
        await RunDotnetAsync("publish", "-c", Configuration, project, "-o", folder, "-nologo", "-v", "quiet");
        var dll = Path.Combine(folder, "SchoolPortal.dll");
        return File.Exists(dll) ? dll : throw new PortfolioLoadException($"После публикации нет {dll}.");
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
        await RunDotnetAsync("build", "-c", Configuration, project, "-nologo", "-v", "quiet");
    }

    private static async Task RunDotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in arguments)
            start.ArgumentList.Add(arg);
        using var dotnet = Process.Start(start) ?? throw new PortfolioLoadException($"Не удалось запустить dotnet {arguments[0]}.");
        var output = await dotnet.StandardOutput.ReadToEndAsync();
        await dotnet.WaitForExitAsync();
        if (dotnet.ExitCode != 0)
            throw new PortfolioLoadException($"dotnet {arguments[0]} портала не удался (код {dotnet.ExitCode}):{Environment.NewLine}{output}");
    }
}
