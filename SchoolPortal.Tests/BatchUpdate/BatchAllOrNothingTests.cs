using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>An update of 5,000 pupils on real SQLite writes all rows or none.</summary>
[StartsEarly(5)]
public sealed class BatchAllOrNothingTests(BatchAllOrNothingTests.FiveThousandPupils seeded) : IClassFixture<BatchAllOrNothingTests.FiveThousandPupils>, IDisposable
{
    private const int Pupils = 5_000;

    /// <summary>Each test works on its own copy of the database the class seeded once.</summary>
    private readonly BatchFixture _f = seeded.Fixture.Copy();

    /// <summary>Class 1 of school 1 with 5,000 pupils, and the school's export of them: made once for the class's tests.</summary>
    public sealed class FiveThousandPupils : IAsyncLifetime
    {
        public BatchFixture Fixture { get; } = new();

        public byte[] Export { get; private set; } = [];

        public async Task InitializeAsync()
        {
            using (var db = Fixture.Database.System())
            {
                var pupils = Enumerable.Range(1, Pupils - 1)
                    .Select(i => TestRegion.NewPupil(Fixture.Region.School1.Id, "Ученик" + Letters(i), "Имя", null, Gender.Female)).ToList();
                db.Pupils.AddRange(pupils);
                db.SaveChanges();
                var schoolClass = db.Classes.Single(c => c.Id == Fixture.Region.Class1.Id);
                foreach (var pupil in pupils)
                    pupil.EnrollIn(schoolClass, new DateOnly(2026, 9, 1));
                db.SaveChanges();
            }
            Export = await Fixture.ExportAsync(Fixture.Region.Admin1);
        }

        public Task DisposeAsync()
        {
            Fixture.Dispose();
            return Task.CompletedTask;
        }
    }

    public void Dispose() => _f.Dispose();

    private static string Letters(int i) => string.Concat(i.ToString("D4").Select(d => (char)('а' + d - '0')));

    private byte[] EveryCommentChanged(string? row4999Snils = null, string? row4999Comment = null) =>
        BatchFixture.Edit(seeded.Export, s =>
        {
            var comment = BatchFixture.Column(s, "Комментарий");
            Assert.Equal(Pupils + 1, s.Dimension.End.Row);
            for (var r = 2; r <= Pupils + 1; r++)
                s.Cells[r, comment].Value = "Проверено " + r;
            // Data row 4,999 of 5,000 is Excel row 5,000.
            if (row4999Snils is not null)
                s.Cells[5_000, BatchFixture.Column(s, "СНИЛС")].Value = row4999Snils;
            if (row4999Comment is not null)
                s.Cells[5_000, comment].Value = row4999Comment;
        });

    [Fact]
    public async Task An_invalid_row_4999_of_5000_refuses_the_whole_file_and_leaves_the_database_unchanged()
    {
        var file = EveryCommentChanged(row4999Snils: "112-233-445 96");
        var before = await _f.SnapshotAsync();
        var service = _f.Update(_f.Region.Admin1);

        var preview = await service.PreviewAsync("x.xlsx", file);
        var applied = await service.ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);

        var error = Assert.Single(preview.Plan.Errors);
        Assert.Equal((5_000, "СНИЛС"), (error.Row, error.Column));
        Assert.False(applied.Applied);
        Assert.Equal(before, await _f.SnapshotAsync());
    }

    [Fact]
    public async Task A_database_failure_at_row_4999_while_writing_rolls_back_every_row()
    {
        var file = EveryCommentChanged(row4999Comment: "сбой базы");
        await using (var db = _f.Database.System())
        {
            await db.Database.OpenConnectionAsync();
            await using var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
            command.CommandText = "CREATE TRIGGER fail_row_4999 BEFORE UPDATE ON Pupils WHEN NEW.Comment = 'сбой базы' BEGIN SELECT RAISE(ABORT, 'сбой'); END;";
            await command.ExecuteNonQueryAsync();
        }
        var before = await _f.SnapshotAsync();
        var service = _f.Update(_f.Region.Admin1);

        var preview = await service.PreviewAsync("x.xlsx", file);
        var applied = await service.ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);

        Assert.True(preview.CanApply);
        Assert.Equal(Pupils, preview.Plan.Changes.Count);
        Assert.False(applied.Applied);
        Assert.Contains("Изменения не записаны", applied.Message);
        Assert.Equal(before, await _f.SnapshotAsync());
    }

    [Fact]
    public async Task Without_errors_all_5000_rows_are_written()
    {
        var file = EveryCommentChanged();
        var service = _f.Update(_f.Region.Admin1);

        var preview = await service.PreviewAsync("x.xlsx", file);
        var applied = await service.ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);

        Assert.True(applied.Applied, applied.Message);
        await using var db = _f.Database.System();
        Assert.Equal(Pupils, await db.Pupils.CountAsync(p => p.Comment!.StartsWith("Проверено ")));
    }
}
