using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SchoolPortal.Data;

public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        // Read before the container is built: the provider decides which context factory is registered; a wrong one stops the start here.
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        if (options.IsSqlServer)
        {
            if (string.IsNullOrWhiteSpace(options.SqlServer))
                throw new InvalidOperationException("Database:Provider = SqlServer, но строка подключения Database:SqlServer пуста.");
            services.AddDbContextFactory<SqlServerDbContext>((sp, o) => o.UseSqlServer(options.SqlServer,
                sql => sql.MigrationsAssembly(typeof(SqlServerDbContext).Assembly.GetName().Name)).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlServerDbContext>>();
        }
        else
        {
            var connectionString = SqliteConnectionString(options.Sqlite, contentRoot);
            services.AddDbContextFactory<SqliteDbContext>((sp, o) => o.UseSqlite(connectionString)
                .AddInterceptors(sp.GetServices<IInterceptor>()).AddInterceptors(SqliteBusyTimeout.Instance));
            services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqliteDbContext>>();
        }
        return services;
    }

    /// <summary>Makes a relative database file absolute under the content root and creates its folder.</summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        return builder.ToString();
    }
}
