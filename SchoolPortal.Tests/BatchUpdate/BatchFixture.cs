using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>A migrated database with the test region, the batch services for a user, and helpers that edit exported files the way Excel users do.</summary>
public sealed class BatchFixture : IDisposable
{
    public static readonly RecordKeys Keys = new("test-secret-of-the-batch-update-feature"u8.ToArray());

    public TestDatabase Database { get; }

    public TestRegion Region { get; }

    public BatchFixture() : this(new TestDatabase(), region: null)
    {
    }

    private BatchFixture(TestDatabase database, TestRegion? region)
    {
        Database = database;
        Region = region ?? TestRegion.Create(database);
    }

    /// <summary>A fixture on a copy of this one's database as it is now: for rows a test class seeds once and every test changes.</summary>
    public BatchFixture Copy() => new(TestDatabase.CopyOf(Database), Region);

    /// <summary>Shared by every service of the fixture, as the application's singleton is shared by the page and the jobs.</summary>
    public PortalCache Cache { get; } = PortalCache.InProcess();

    /// <param name="cache">Another cache than the fixture's: a service that has not seen the preview (another server, a restart).</param>
    public BatchUpdateService Update(PortalUser user, INewPersonCheck? check = null, PortalCache? cache = null) =>
        new(Database.For(user), new BatchPlanner(Keys, check ?? new NoNewPersonCheck()), cache ?? Cache, ManualClock.On(TestRegion.Today));

    public BatchExportService Export(PortalUser user) => new(Database.For(user), Keys, ManualClock.On(TestRegion.Today));

    public async Task<byte[]> ExportAsync(PortalUser user) =>
        (await Export(user).ExportAsync(new BatchExportRequest(PupilFilter.Default with { Status = null }))).Content;

    /// <summary>Opens the workbook, lets the test change the «Ученики» sheet, saves it again.</summary>
    public static byte[] Edit(byte[] file, Action<ExcelWorksheet> change)
    {
        var package = Workbooks.Open(file);
        var sheet = package.Workbook.Worksheets[BatchWorkbookReader.SheetName];
        change(sheet);
        return package.GetAsByteArray();
    }

    /// <summary>The column of a header in row 1.</summary>
    public static int Column(ExcelWorksheet sheet, string header)
    {
        for (var c = 1; c <= sheet.Dimension.End.Column; c++)
        {
            if (sheet.Cells[1, c].Text == header)
                return c;
        }
        throw new InvalidOperationException($"No column «{header}».");
    }

    /// <summary>The row of a pupil by surname.</summary>
    public static int Row(ExcelWorksheet sheet, string surname)
    {
        var column = Column(sheet, "Фамилия");
        for (var r = 2; r <= sheet.Dimension.End.Row; r++)
        {
            if (sheet.Cells[r, column].Text == surname)
                return r;
        }
        throw new InvalidOperationException($"No row «{surname}».");
    }

    public static void Set(ExcelWorksheet sheet, string surname, string header, object? value) =>
        sheet.Cells[Row(sheet, surname), Column(sheet, header)].Value = value;

    /// <summary>Everything a batch update could change, as one string: equal before and after means nothing was written.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = Database.System();
        var pupils = await db.Pupils.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name.Surname, p.Name.FirstName, p.Comment, p.Snils, p.BirthDate, p.CurrentClassId }).ToListAsync();
        var parents = await db.Parents.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name.Surname, p.Phone, p.Snils }).ToListAsync();
        var links = await db.ParentLinks.CountAsync();
        var audit = await db.AuditLog.CountAsync();
        return string.Join("|", pupils) + string.Join("|", parents) + $"links {links} audit {audit}";
    }

    public void Dispose()
    {
        Cache.Dispose();
        Database.Dispose();
    }

    /// <summary>A workbook of one «Ученики» sheet with these headers and rows.</summary>
    public static byte[] Workbook(string[] headers, object?[][] rows)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(BatchWorkbookReader.SheetName);
        for (var c = 0; c < headers.Length; c++)
            sheet.Cells[1, c + 1].Value = headers[c];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cells[r + 2, c + 1].Value = rows[r][c];
        }
        return package.GetAsByteArray();
    }
}
