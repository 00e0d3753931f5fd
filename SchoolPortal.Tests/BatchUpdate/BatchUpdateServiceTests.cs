using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.BatchUpdate;

public sealed class BatchUpdateServiceTests : IDisposable
{
    private const string GoodSnils = "112-233-445 95";
    private readonly BatchFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task The_preview_lists_old_and_new_values_and_writes_nothing_until_applied()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s =>
        {
            BatchFixture.Set(s, "Иванов", "СНИЛС", GoodSnils);
            BatchFixture.Set(s, "Иванов", "Комментарий", "Отличник");
            BatchFixture.Set(s, "Иванов", "Родитель 1: Телефон", "8 912 345 67 89");
        });
        var before = await _f.SnapshotAsync();
        var service = _f.Update(_f.Region.Admin1);

        var preview = await service.PreviewAsync("ученики.xlsx", file);

        Assert.True(preview.CanApply, preview.FileError ?? string.Join("; ", preview.Plan!.Errors));
        Assert.Contains(preview.Plan!.Changes, c => c is { Column: "СНИЛС", Old: null, New: GoodSnils });
        Assert.Contains(preview.Plan.Changes, c => c is { Column: "Комментарий", New: "Отличник" });
        Assert.Contains(preview.Plan.Changes, c => c.Column == "Родитель 1: Телефон" && c.New == "+7 (912) 345-67-89" && c.Record.StartsWith("Иванова Мария"));
        Assert.Equal(before, await _f.SnapshotAsync());

        var applied = await service.ApplyAsync(file, preview.FileHash, preview.Plan.Fingerprint);

        Assert.True(applied.Applied, applied.Message);
        Assert.NotNull(applied.Report);
        await using var db = _f.Database.System();
        var pupil = await db.Pupils.SingleAsync(p => p.Id == _f.Region.Pupil1.Id);
        Assert.Equal("Отличник", pupil.Comment);
        Assert.Equal("11223344595", pupil.Snils!.Value);
        Assert.Equal("+79123456789", (await db.Parents.SingleAsync(p => p.Id == _f.Region.Parent1.Id)).Phone!.Value);
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityType == "Pupil" && a.EntityId == pupil.Id && a.ActorLogin == "admin1"));
        var report = Workbooks.Open(applied.Report!);
        Assert.Contains(report.Workbook.Worksheets["Изменения"].Cells.Select(c => c.Text), t => t == "Отличник");
    }

    [Fact]
    public async Task A_file_exported_in_another_school_is_refused_as_not_yours()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin2), s => BatchFixture.Set(s, "Второва", "Комментарий", "чужое"));
        var before = await _f.SnapshotAsync();

        var preview = await _f.Update(_f.Region.Admin1).PreviewAsync("чужой.xlsx", file);
        var applied = await _f.Update(_f.Region.Admin1).ApplyAsync(file, preview.FileHash, "");

        Assert.Contains("выгружен в другой школе", preview.FileError);
        Assert.False(applied.Applied);
        Assert.Equal(before, await _f.SnapshotAsync());
    }

    [Fact]
    public async Task Reordered_columns_and_extra_sheets_are_read_by_header()
    {
        var exported = await _f.ExportAsync(_f.Region.Admin1);
        byte[] file;
        {
            var package = Workbooks.Open(exported);
            var sheet = package.Workbook.Worksheets[BatchWorkbookReader.SheetName];
            sheet.Protection.IsProtected = false;
            sheet.InsertColumn(1, 1);
            var comment = BatchFixture.Column(sheet, "Комментарий");
            sheet.Cells[1, 1].Value = "Комментарий";
            sheet.Cells[1, comment].Value = null;
            sheet.Cells[BatchFixture.Row(sheet, "Иванов"), 1].Value = "Переставлен";
            package.Workbook.Worksheets.Add("Мои заметки").Cells[1, 1].Value = "Фамилия";
            package.Workbook.Worksheets.MoveToStart("Мои заметки");
            file = package.GetAsByteArray();
        }

        var preview = await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", file);

        Assert.True(preview.CanApply, preview.FileError);
        Assert.Single(preview.Plan!.Changes, c => c is { Column: "Комментарий", New: "Переставлен" });
    }

    [Fact]
    public async Task A_renamed_column_is_refused_with_its_name_and_letter()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => s.Cells[1, BatchFixture.Column(s, "СНИЛС")].Value = "Номер СНИЛС");

        var preview = await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", file);

        Assert.Contains("«Номер СНИЛС» не распознан", preview.FileError);
        Assert.False(preview.CanApply);
    }

    [Fact]
    public async Task Apply_refuses_when_a_record_changed_after_the_preview()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => BatchFixture.Set(s, "Иванов", "Комментарий", "Из файла"));
        var service = _f.Update(_f.Region.Admin1);
        var preview = await service.PreviewAsync("x.xlsx", file);
        await using (var db = _f.Database.System())
        {
            var pupil = await db.Pupils.SingleAsync(p => p.Id == _f.Region.Pupil1.Id);
            pupil.ChangeComment("Из карточки");
            await db.SaveChangesAsync();
        }
        var before = await _f.SnapshotAsync();

        var applied = await service.ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);

        Assert.False(applied.Applied);
        Assert.Contains("изменились после предпросмотра", applied.Message);
        Assert.Equal(before, await _f.SnapshotAsync());
    }

    [Fact]
    public async Task Apply_refuses_a_file_other_than_the_previewed_one()
    {
        var exported = await _f.ExportAsync(_f.Region.Admin1);
        var first = BatchFixture.Edit(exported, s => BatchFixture.Set(s, "Иванов", "Комментарий", "Первый"));
        var second = BatchFixture.Edit(exported, s => BatchFixture.Set(s, "Иванов", "Комментарий", "Второй"));
        var service = _f.Update(_f.Region.Admin1);
        var preview = await service.PreviewAsync("x.xlsx", first);

        var applied = await service.ApplyAsync(second, preview.FileHash, preview.Plan!.Fingerprint);

        Assert.False(applied.Applied);
        Assert.Contains("Файл изменился после предпросмотра", applied.Message);
    }

    [Fact]
    public async Task A_parent_typed_into_an_empty_group_is_previewed_as_new_then_created_and_linked()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s =>
        {
            BatchFixture.Set(s, "Иванов", "Родитель 2: Кем приходится", "Отец");
            BatchFixture.Set(s, "Иванов", "Родитель 2: Фамилия", "Иванов");
            BatchFixture.Set(s, "Иванов", "Родитель 2: Имя", "Сергей");
            BatchFixture.Set(s, "Иванов", "Родитель 2: Отчество", "Андреевич");
            BatchFixture.Set(s, "Иванов", "Родитель 2: Дата рождения", "02.02.1985");
        });
        var checkedPeople = new RecordingCheck();
        var service = _f.Update(_f.Region.Admin1, checkedPeople);

        var preview = await service.PreviewAsync("x.xlsx", file);
        var applied = await service.ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);

        var added = Assert.Single(preview.Plan.NewRecords);
        Assert.Contains("Иванов Сергей Андреевич (Отец)", added.Description);
        Assert.Contains(checkedPeople.Seen, c => c.Name.Full == "Иванов Сергей Андреевич" && c.BirthDate == new DateOnly(1985, 2, 2));
        Assert.True(applied.Applied, applied.Message);
        await using var db = _f.Database.System();
        var father = await db.Parents.SingleAsync(p => p.Name.FirstName == "Сергей");
        Assert.True(await db.ParentLinks.AnyAsync(l => l.ParentId == father.Id && l.PupilId == _f.Region.Pupil1.Id));
    }

    [Fact]
    public async Task The_duplicate_check_refuses_a_new_parent_with_its_message()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s =>
        {
            BatchFixture.Set(s, "Иванов", "Родитель 2: Кем приходится", "Отец");
            BatchFixture.Set(s, "Иванов", "Родитель 2: Фамилия", "Иванов");
            BatchFixture.Set(s, "Иванов", "Родитель 2: Имя", "Сергей");
            BatchFixture.Set(s, "Иванов", "Родитель 2: Отчество", "Андреевич");
        });

        var preview = await _f.Update(_f.Region.Admin1, new RefusingCheck()).PreviewAsync("x.xlsx", file);

        Assert.False(preview.CanApply);
        Assert.Contains(preview.Plan!.Errors, e => e.Message == "Такой человек уже есть" && e.Column == "Родитель 2: Фамилия");
    }

    [Fact]
    public async Task A_teacher_or_an_operator_cannot_update()
    {
        var file = await _f.ExportAsync(_f.Region.Admin1);

        var preview = await _f.Update(_f.Region.RegionOperator).PreviewAsync("x.xlsx", file);

        Assert.Contains("только администратору школы", preview.FileError);
    }

    private sealed class RecordingCheck : INewPersonCheck
    {
        public List<NewPersonCandidate> Seen { get; } = [];

        public Task<IReadOnlyList<RowError>> CheckAsync(IReadOnlyList<NewPersonCandidate> candidates, CancellationToken ct)
        {
            Seen.AddRange(candidates);
            return Task.FromResult<IReadOnlyList<RowError>>([]);
        }
    }

    private sealed class RefusingCheck : INewPersonCheck
    {
        public Task<IReadOnlyList<RowError>> CheckAsync(IReadOnlyList<NewPersonCandidate> candidates, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<RowError>>(candidates.Select(c => new RowError(c.Row, c.Column, "Такой человек уже есть")).ToList());
    }
}
