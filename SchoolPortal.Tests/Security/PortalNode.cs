using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Data;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure.Security;

namespace SchoolPortal.Tests.Security;

/// <summary>
/// One portal node's services as Program.cs registers them for keys and sign-in, over a database file: two of these on
/// one file are two nodes of a region sharing its database. Each has its own container, so nothing is shared in memory.
/// </summary>
public sealed class PortalNode : IDisposable
{
    private readonly ServiceProvider _services;

    public PortalNode(string databaseFile, string contentRoot, string? applicationName = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:Sqlite"] = $"Data Source={databaseFile};Pooling=False",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddPortalDatabase(configuration, contentRoot);
        services.AddPortalKeyRing(configuration);
        if (applicationName is not null)
            services.AddDataProtection().SetApplicationName(applicationName);
        services.AddPortalAuthentication();
        services.AddAntiforgery();
        _services = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}
