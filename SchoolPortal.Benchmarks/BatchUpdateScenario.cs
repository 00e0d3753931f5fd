using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using OfficeOpenXml;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// «Пакетное обновление» of 5,000 pupils with two parents each on SQLite: parse + validate + preview + apply, as the
/// page runs them (it counts the rows, then a preview and an apply run as long operations, each with its own service). Every row changes the pupil's comment and the mother's
/// phone. Each run starts from a fresh copy of the prepared database (copied outside the clock). The ratio compares
/// the median with EPPlus alone opening the same file and reading every cell, measured in the same process.
/// </summary>
public sealed class BatchUpdateScenario : IBenchmarkScenario
{
    private const int Pupils = 5_000;
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly RecordKeys Keys = new("benchmark secret of batch update"u8.ToArray());
    private readonly List<double> _eppTimes = [];
    private string _template = "";
    private string _run = "";
    private byte[] _file = [];
    private int _schoolId;

    public string Description => "пакетное обновление: 5 000 учеников с родителями — разбор, проверка, предпросмотр и запись";
    public int DefaultRuns => 5;
    public int DefaultWarmups => 1;

    public double? TargetMilliseconds(string size) => 3_000;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        _template = await BenchmarkDatabase.NewAsync();
        await using (var db = BenchmarkDatabase.Open(_template))
            _schoolId = Seed(db);
        SqliteConnection.ClearAllPools();
        using var cache = PortalCache.InProcess();
        var export = await Service(_template, cache).export.ExportAsync(new BatchExportRequest(PupilFilter.Default));
        _file = Edited(export.Content);
        Console.WriteLine($"Файл: {_file.Length / 1024} КБ, строк {Pupils}");
    }

    public Task BeforeRunAsync()
    {
        _eppTimes.Add(EpplusRead(_file));
        SqliteConnection.ClearAllPools();
        if (_run.Length > 0)
            BenchmarkDatabase.Delete(_run);
        _run = Path.Combine(BenchmarkDatabase.Folder, $"batch-{Guid.NewGuid():N}.db");
        File.Copy(_template, _run);
        return Task.CompletedTask;
    }

    public async Task RunAsync()
    {
        // As the page runs a file of more than 2,000 rows: the page's service counts the rows, a long operation previews,
        // another applies; each has a service of its own, sharing the application's cache, new to this file.
        using var cache = PortalCache.InProcess();
        var phase = Stopwatch.StartNew();
        if (await Service(_run, cache).update.RowCountAsync(_file) is not > BatchUpdateService.InlineRows)
            throw new InvalidOperationException("Файл не прочитан или меньше порога длительной операции.");
        var preview = await Service(_run, cache).update.PreviewAsync("ученики.xlsx", _file);
        var previewMs = phase.Elapsed.TotalMilliseconds;
        if (!preview.CanApply || preview.Plan!.Changes.Count != 2 * Pupils)
            throw new InvalidOperationException("Предпросмотр не готов к записи: " + (preview.FileError ?? string.Join("; ", preview.Plan!.Errors.Take(3))));
        var applied = await Service(_run, cache).update.ApplyAsync(_file, preview.FileHash, preview.Plan.Fingerprint);
        if (!applied.Applied)
            throw new InvalidOperationException(applied.Message);
        Console.WriteLine($"    предпросмотр {ScenarioRunner.Format(previewMs)} ms, запись {ScenarioRunner.Format(phase.Elapsed.TotalMilliseconds - previewMs)} ms");
    }

    public string? Summary(double median) =>
        $", ratio {(median / ScenarioRunner.Median(_eppTimes)).ToString("0.00", CultureInfo.InvariantCulture)} (EPPlus read {ScenarioRunner.Format(ScenarioRunner.Median(_eppTimes))} ms)";

    public Task FinishAsync()
    {
        if (_run.Length > 0)
            BenchmarkDatabase.Delete(_run);
        BenchmarkDatabase.Delete(_template);
        return Task.CompletedTask;
    }

    private (BatchUpdateService update, BatchExportService export) Service(string path, PortalCache cache)
    {
        var admin = new PortalUser(1, "bench", "Администратор", Role.SchoolAdmin, _schoolId, null);
        var db = new PortalDb(new BenchmarkContextFactory(path), new FixedUser(admin));
        var clock = new PinnedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        return (new BatchUpdateService(db, new BatchPlanner(Keys, new GuardedNewPersonCheck(new PersonDuplicateGuard(new BenchmarkContextFactory(path), db))), cache, clock), new BatchExportService(db, Keys, clock));
    }

    /// <summary>EPPlus alone: open the package and read every cell's value.</summary>
    private static double EpplusRead(byte[] file)
    {
        var clock = Stopwatch.StartNew();
        var package = Workbooks.Open(file);
        var sheet = package.Workbook.Worksheets[BatchWorkbookReader.SheetName];
        var count = 0;
        foreach (var cell in sheet.Cells[sheet.Dimension.Address])
        {
            if (cell.Value is not null)
                count++;
        }
        clock.Stop();
        return count > 0 ? clock.Elapsed.TotalMilliseconds : 0;
    }

    private static byte[] Edited(byte[] export)
    {
        var package = Workbooks.Open(export);
        var sheet = package.Workbook.Worksheets[BatchWorkbookReader.SheetName];
        int Column(string header) => Enumerable.Range(1, sheet.Dimension.End.Column).First(c => sheet.Cells[1, c].Text == header);
        var comment = Column("Комментарий");
        var phone = Column("Родитель 1: Телефон");
        for (var r = 2; r <= Pupils + 1; r++)
        {
            sheet.Cells[r, comment].Value = "Проверено " + r;
            sheet.Cells[r, phone].Value = "8 912 " + (1_000_000 + r).ToString(CultureInfo.InvariantCulture);
        }
        return package.GetAsByteArray();
    }

    private static int Seed(Data.PortalDbContext db)
    {
        var district = new Municipality("Район для замера");
        db.Municipalities.Add(district);
        db.SaveChanges();
        var school = new School(district.Id, "Муниципальное общеобразовательное учреждение «СОШ № 1»", "МОУ «СОШ № 1»", Inn.Parse("7451000013"),
            Ogrn.Parse("102740000000" + Ogrn.ControlDigit("102740000000")), Address.Parse("454000, г. Челябинск, ул. Ленина, д. 1"),
            "Петров Пётр Петрович", null, null);
        db.Schools.Add(school);
        db.SaveChanges();
        var year = new AcademicYear(school.Id, 2026, AcademicYearStatus.Current);
        db.AcademicYears.Add(year);
        db.SaveChanges();
        var classes = Enumerable.Range(1, 11).Select(g => new SchoolClass(school.Id, year.Id, new GradeLevel(g), "А")).ToList();
        db.Classes.AddRange(classes);
        db.SaveChanges();
        var random = new Random(5000);
        var pupils = new List<Pupil>();
        for (var i = 0; i < Pupils; i++)
        {
            var grade = i % 11 + 1;
            var pupil = new Pupil(school.Id, PersonName.Create("Ученик" + Word(i), "Иван", "Петрович"), Today.AddYears(-6 - grade).AddDays(-random.Next(300)),
                Gender.Male, Today);
            pupil.ChangeSnils(Snils.FromNumber(2_000_000 + i));
            pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", (100_000 + i).ToString(CultureInfo.InvariantCulture)), null);
            pupil.ChangeAddresses(Address.Parse($"454000, г. Челябинск, ул. Ленина, д. {i % 200 + 1}"), null);
            pupils.Add(pupil);
        }
        db.Pupils.AddRange(pupils);
        db.SaveChanges();
        for (var i = 0; i < Pupils; i++)
        {
            pupils[i].EnrollIn(classes[i % 11], new DateOnly(2026, 9, 1));
            var mother = new Parent(PersonName.Create("Ученик" + Word(i), "Мария", "Ивановна"), Gender.Female);
            mother.ChangeBirthDate(new DateOnly(1985, 1, 1).AddDays(i % 3000), Today);
            mother.ChangeSnils(Snils.FromNumber(3_000_000 + i));
            mother.ChangeDocument(IdentityDocument.Passport("7512", (200_000 + i).ToString(CultureInfo.InvariantCulture)));
            var father = new Parent(PersonName.Create("Ученик" + Word(i), "Пётр", "Сергеевич"), Gender.Male);
            father.ChangeContacts(PhoneNumber.Parse("+79120000000"), null);
            pupils[i].AttachParent(mother, ParentRelation.Mother);
            pupils[i].AttachParent(father, ParentRelation.Father);
        }
        db.SaveChanges();
        return school.Id;
    }

    private static string Word(int i) => string.Concat(i.ToString("D4").Select(d => (char)('а' + d - '0')));
}
