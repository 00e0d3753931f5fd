using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SchoolPortal.Data;

namespace SchoolPortal.Infrastructure.Security;

/// <summary>
/// One Data Protection key ring for every node: the keys live in the portal's database (table DataProtectionKeys) under the
/// application name <see cref="ApplicationName"/>, so a cookie, an antiforgery token or an ESIA linking cookie protected
/// on one node is read on any other, and a restarted node keeps reading what it issued before. Also registers the
/// <see cref="PortalSecretStore"/>, the database's other shared secrets.
/// </summary>
public static class PortalKeyRing
{
    /// <summary>Isolates the portal's payloads from other applications' on the same key ring; the same on every node.</summary>
    public const string ApplicationName = "SchoolPortal";

    public static IServiceCollection AddPortalKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        // Read before the container is built, as AddPortalDatabase does: the key store is the provider's own context type.
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.TryAddSingleton<PortalSecretStore>();
        // First among the hosted services: Data Protection's own reads the key ring when it starts.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, FirstKeyCreation>());
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (database.IsSqlServer)
        {
            ResolvableFromScope<SqlServerDbContext>(services);
            protection.PersistKeysToDbContext<SqlServerDbContext>();
        }
        else
        {
            ResolvableFromScope<SqliteDbContext>(services);
            protection.PersistKeysToDbContext<SqliteDbContext>();
        }
        return services;
    }

    /// <summary>
    /// The key repository asks a fresh service scope for <typeparamref name="TContext"/>. The portal registers only context
    /// factories (one short-lived context per operation), so the scope gets one from the factory: same options and
    /// interceptors, and its scope is <see cref="Access.AccessScope.Nobody"/>, which reads no school's records.
    /// </summary>
    private static void ResolvableFromScope<TContext>(IServiceCollection services) where TContext : PortalDbContext =>
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
}
