using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Features.Esia;
using SchoolPortal.Integrations;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Integrations.GirVu;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

/// <summary>The emulators run only in the demo and never in Production: a production configuration asking for one does not start.</summary>
public sealed class EmulatorGateTests
{
    [Fact]
    public async Task The_real_portal_with_the_shipped_demo_settings_refuses_to_start_in_production_and_names_the_settings()
    {
        var folder = Directory.CreateTempSubdirectory("portal-production-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet", [PortalDll(), "--urls", "http://127.0.0.1:0"])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Sqlite"] = $"Data Source={Path.Combine(folder, "portal.db")}";
            start.Environment["Jobs__Enabled"] = "false";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(limit.Token);

            var said = await output + await errors;
            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains("Esia:Mode = Emulator недопустим в Production", said);
            Assert.Contains("GirVu:Emulator:Enabled = true недопустим в Production", said);
            // Refused before the database: nothing was created or seeded.
            Assert.False(File.Exists(Path.Combine(folder, "portal.db")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Esia_sign_in_with_the_emulator_is_refused_in_production_even_with_the_demo_on()
    {
        var builder = Builder("Production", new() { ["Demo:Enabled"] = "true", ["Esia:Mode"] = "Emulator" });

        var refused = Assert.Throws<InvalidOperationException>(() => builder.Services.AddEsiaFeature(builder.Configuration, builder.Environment));

        Assert.StartsWith("Esia:Mode = Emulator недопустим в Production", refused.Message);
    }

    [Fact]
    public void Esia_emulator_is_refused_when_the_demo_is_off_in_any_environment()
    {
        var builder = Builder("Staging", new() { ["Demo:Enabled"] = "false", ["Esia:Mode"] = "Emulator" });

        var refused = Assert.Throws<InvalidOperationException>(() => builder.Services.AddEsiaFeature(builder.Configuration, builder.Environment));

        Assert.Contains("Esia:Mode = Emulator недопустим при Demo:Enabled = false", refused.Message);
    }

    [Theory]
    [InlineData("Production", "true")]
    [InlineData("Development", "false")]
    public void The_girvu_stand_in_is_refused_at_start_outside_the_demo(string environment, string demo)
    {
        var builder = Builder(environment, new() { ["Demo:Enabled"] = demo, ["GirVu:Emulator:Enabled"] = "true" });

        var refused = Assert.Throws<InvalidOperationException>(() => builder.Services.AddDemoEmulators(builder.Configuration, builder.Environment));

        Assert.Contains("GirVu:Emulator:Enabled = true недопустим", refused.Message);
    }

    [Fact]
    public void A_production_configuration_without_emulators_starts_and_the_demo_allows_them()
    {
        var production = Builder("Production", new() { ["Demo:Enabled"] = "false", ["Esia:Mode"] = "Off", ["GirVu:Emulator:Enabled"] = "false" });
        var demo = Builder("Development", new() { ["Demo:Enabled"] = "true", ["Esia:Mode"] = "Emulator", ["GirVu:Emulator:Enabled"] = "true" });

        production.Services.AddDemoEmulators(production.Configuration, production.Environment);
        demo.Services.AddDemoEmulators(demo.Configuration, demo.Environment);

        Assert.False(DemoEmulators.From(production.Configuration, production.Environment).Allowed);
        Assert.True(DemoEmulators.From(demo.Configuration, demo.Environment).Allowed);
    }

    [Fact]
    public void The_emulator_cannot_be_registered_or_mapped_past_a_refusing_gate()
    {
        var production = new DemoEmulators(demoEnabled: true, "Production");
        var builder = Builder("Production", new());

        Assert.Throws<InvalidOperationException>(() => builder.Services.AddEsiaEmulator(builder.Configuration, Path.GetTempPath(), production));
        builder.Services.AddSingleton(production);
        builder.Services.AddRouting();
        using var app = builder.Build();
        var mapped = Assert.Throws<InvalidOperationException>(() => app.MapEsiaEmulator());
        Assert.Contains("Esia:Mode = Emulator недопустим в Production", mapped.Message);
    }

    [Theory]
    [InlineData("Production", true, false)]
    [InlineData("Staging", false, false)]
    [InlineData("Development", true, true)]
    public async Task The_girvu_stand_in_runs_only_where_the_gate_allows_it(string environment, bool demo, bool runs)
    {
        var options = new GirVuOptions { Emulator = new GirVuEmulatorOptions { Enabled = true, IntervalSeconds = 0.2 } };
        var root = Path.Combine(Path.GetTempPath(), $"girvu-gate-{Guid.NewGuid():N}");
        var emulator = new GirVuEmulator(GirVuFolders.Under(root), TimeProvider.System);
        using var service = new GirVuEmulatorService(options, emulator, new DemoEmulators(demo, environment), NullLogger<GirVuEmulatorService>.Instance);

        await service.StartAsync(CancellationToken.None);
        // A stand-in that does not run finishes at once; a running one keeps looking into the outbox until stopped.
        var finished = await Task.WhenAny(service.ExecuteTask!, Task.Delay(TimeSpan.FromSeconds(runs ? 1 : 30))) == service.ExecuteTask;

        Assert.Equal(runs, !finished);
        await service.StopAsync(CancellationToken.None);
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void The_documented_production_settings_over_the_shipped_demo_settings_pass_the_start_check()
    {
        var root = RepositoryRoot();
        var builder = Builder("Production", new());
        builder.Configuration.AddJsonFile(Path.Combine(root, "appsettings.json"))
            .AddJsonFile(Path.Combine(root, "docs", "appsettings.Production.example.json"));

        builder.Services.AddDemoEmulators(builder.Configuration, builder.Environment);

        Assert.Empty(DemoEmulators.Requested(builder.Configuration));
        Assert.False(builder.Configuration.GetValue<bool>("Demo:Enabled"));
        var esia = builder.Configuration.GetSection(EsiaOptions.Section).Get<EsiaOptions>()!;
        var signer = builder.Configuration.GetSection("Esia:Signer").Get<EsiaSignerOptions>()!;
        Assert.Equal(EsiaMode.Esia, esia.Mode);
        Assert.Empty(esia.Problems(signer.Kind));
    }

    private static WebApplicationBuilder Builder(string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SchoolPortal.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Не найден корень репозитория.");
    }

    /// <summary>The built portal, as the browser tests start it.</summary>
    private static string PortalDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "SchoolPortal");
            if (File.Exists(Path.Combine(project, "SchoolPortal.csproj")))
                return Path.Combine(project, "bin", configuration, "net10.0", "SchoolPortal.dll");
        }
        throw new InvalidOperationException("Не найден проект SchoolPortal рядом с тестами.");
    }
}
