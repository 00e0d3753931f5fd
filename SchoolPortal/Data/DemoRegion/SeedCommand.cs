using System.Globalization;
using Microsoft.Data.Sqlite;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// <c>dotnet run --project SchoolPortal -- seed [--size demo|region] [--database path.db] [--today yyyy-MM-dd]</c>: migrates
/// the configured database (or the given SQLite file), fills it with a region generated around the given day (by default
/// the portal clock's today) and exits without starting the web server.
/// </summary>
public static class SeedCommand
{
    public const string Name = "seed";

    public static async Task<int> RunAsync(string[] args)
    {
        DemoSize size;
        string? database;
        DateOnly? today = null;
        try
        {
            size = DemoSize.Parse(Option(args, "--size") ?? "demo");
            database = Option(args, "--database");
            if (Option(args, "--today") is { } typed)
                today = DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : throw new ArgumentException($"Дата «{typed}» — не в формате ГГГГ-ММ-ДД.");
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine("Использование: seed [--size demo|region] [--database путь.db] [--today ГГГГ-ММ-ДД]");
            return 2;
        }

        var builder = WebApplication.CreateBuilder();
        // The command reports in its own words; EF's SQL log would bury them.
        builder.Logging.ClearProviders();
        if (database is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:Sqlite"] = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(database) }.ToString(),
            });
        }
        builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddPortalClock(builder.Configuration);
        builder.Services.AddDemoOptions();
        await using var services = builder.Services.BuildServiceProvider();

        Console.WriteLine($"Подготовка базы данных ({DescribeTarget(services)})...");
        await DatabaseStartup.MigrateAsync(services);
        var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PortalDbContext>>();
        // System scope: the seed command fills an empty database, with no user.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        if (!await DemoRegionGenerator.IsEmptyAsync(db))
        {
            Console.Error.WriteLine("База данных не пуста: в ней уже есть муниципалитеты, школы, ученики, родители или учетные записи. " +
                "Генератор заполняет только пустую базу: укажите другой файл (--database путь.db) или удалите существующий.");
            return 1;
        }

        var day = today ?? CardCalendar.Today(services.GetRequiredService<TimeProvider>());
        Console.WriteLine($"Генерация региона размера «{size.Name}» на {CardCalendar.Format(day)}...");
        var result = new DemoRegionGenerator(size, day).Generate(db);
        await using (var calendar = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
            await CalendarSeeding.SeedIfEmptyAsync(calendar);
        foreach (var (table, rows) in result.RowsByTable)
            Console.WriteLine($"  {table,-18} {RussianFormat.Number(rows),10}");
        Console.WriteLine($"  {"Всего строк",-18} {RussianFormat.Number(result.TotalRows),10}");
        Console.WriteLine("Заложенные ошибки данных:");
        foreach (var problem in result.Problems.ByKind.Values)
            Console.WriteLine($"  {problem.Kind,-26} {RussianFormat.Number(problem.Count),7} из {RussianFormat.Number(problem.Population)} {problem.RateOf} ({RussianFormat.Percent(problem.ActualRate)}, заявлено {RussianFormat.Percent(problem.Rate)})");
        Console.WriteLine($"Готово за {RussianFormat.Number((decimal)result.Elapsed.TotalSeconds, "0.0")} с.");
        return 0;
    }

    private static string DescribeTarget(IServiceProvider services)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        return options.IsSqlServer ? "SQL Server" : "SQLite: " + new SqliteConnectionStringBuilder(options.Sqlite).DataSource;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        if (i < 0)
            return null;
        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"После {name} нужно значение.");
        return args[i + 1];
    }
}
