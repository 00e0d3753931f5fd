using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Features.Enrollment.Epgu;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// The EPGU intake on a copy of the cached region: 10,000 application messages (the emulator's families, spread over the
/// region's schools, half on each school's territory) read from the inbox, validated, matched to schools and territories,
/// checked against the region's pupils and earlier applications, stored with their «получено» status messages, and the
/// status messages written to the outbox. Between runs (outside the clock) the stored ones are deleted and the inbox is
/// filled again.
/// </summary>
public sealed class EpguIntakeScenario : IBenchmarkScenario
{
    public const int Messages = 10_000;
    private const long FirstOrderId = 5_000_000_000;
    private static readonly DateTimeOffset FiledAt = new(2027, 4, 2, 9, 0, 0, TimeSpan.FromHours(5));
    private readonly string _folder = Path.Combine(BenchmarkDatabase.Folder, $"epgu-intake-{Guid.NewGuid():N}");
    private readonly List<(string Name, byte[] Content)> _files = [];
    private string _path = "";
    private EpguIntakeResult? _last;

    public string Description => "ЕПГУ: приём 10 000 заявлений из папки обмена";
    public int DefaultRuns => 5;
    public int DefaultWarmups => 1;

    public double? TargetMilliseconds(string size) => size == DemoSize.Region.Name ? 10_000 : null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Region);
        _path = Path.Combine(BenchmarkDatabase.Folder, $"epgu-intake-{Guid.NewGuid():N}.db");
        File.Copy(cached, _path);
        await using var db = BenchmarkDatabase.Open(_path);
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Inn }).ToListAsync();
        var lines = (await db.TerritoryLines.AsNoTracking().ToListAsync()).GroupBy(l => l.SchoolId).ToDictionary(g => g.Key, g => g.First());
        var families = new[] { EpguTestFamily.FirstStage, EpguTestFamily.SecondStage, EpguTestFamily.Sibling, EpguTestFamily.OutsideTerritory, EpguTestFamily.TenthGrade };
        for (var k = 0; k < Messages; k++)
        {
            var school = schools[k % schools.Count];
            var line = lines.GetValueOrDefault(school.Id);
            var onTerritory = line is null ? "454000, г. Челябинск, ул. Ленина, д. 1" : $"454000, {line.Settlement}, {line.Street}, д. {2 + k % 20}";
            var place = new EpguFilingPlace(school.Inn.Value, 2027, onTerritory, "454000, г. Челябинск, ул. Загородная, д. 999");
            var message = EpguEnrollmentEmulator.Build(families[k % families.Length], place, FirstOrderId + k, FiledAt);
            // Every child its own certificate: 10,000 children, not five repeated ones.
            var child = message.ChildInfo with
            {
                ChildBirthDocRF = message.ChildInfo.ChildBirthDocRF! with { ChildBirthDocNumber = $"{100000 + k % 900000:D6}" },
                ChildSurname = message.ChildInfo.ChildSurname + (k % 7 == 0 ? "а" : ""),
            };
            _files.Add(($"application-{FirstOrderId + k}.json", EpguEnrollmentJson.Application(message with { ChildInfo = child })));
        }
    }

    public async Task BeforeRunAsync()
    {
        await using (var db = BenchmarkDatabase.Open(_path))
        {
            await db.EpguStatusMessages.Where(m => m.EpguOrderId >= FirstOrderId).ExecuteDeleteAsync();
            await db.EnrollmentApplications.IgnoreQueryFilters().Where(a => a.EpguOrderId >= FirstOrderId).ExecuteDeleteAsync();
        }
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        var folders = EpguEnrollmentFolders.Under(_folder);
        Directory.CreateDirectory(folders.Inbox);
        foreach (var (name, content) in _files)
            await File.WriteAllBytesAsync(Path.Combine(folders.Inbox, name), content);
    }

    public async Task RunAsync()
    {
        var clock = new PinnedClock(FiledAt.AddHours(1));
        var gateway = new FolderEpguEnrollmentGateway(EpguEnrollmentFolders.Under(_folder), EpguEnrollmentOptions.DefaultMaxFilesPerRun, clock,
            NullLogger<FolderEpguEnrollmentGateway>.Instance);
        _last = await new EpguIntakeRunner(new BenchmarkContextFactory(_path), gateway, clock, NullLogger<EpguIntakeRunner>.Instance).RunAsync();
    }

    public Task FinishAsync()
    {
        if (_last is { } result)
            Console.WriteLine($"  последний прогон: {result}");
        BenchmarkDatabase.Delete(_path);
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
