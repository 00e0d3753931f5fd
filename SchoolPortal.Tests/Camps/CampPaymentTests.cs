using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>The bank's register against granted places on a real SQLite database: what is applied, what is listed and why.</summary>
public sealed class CampPaymentTests : IDisposable
{
    private static readonly DateTimeOffset Later = CampWorld.Opening.AddDays(2);
    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;
    private readonly CampShift _shift;

    public CampPaymentTests()
    {
        _world = CampWorld.Create(_database);
        _shift = _world.Shift(places: 10);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_matching_payment_is_applied_and_a_wrong_amount_an_unknown_voucher_and_a_repeated_line_are_listed_not_applied()
    {
        var paid = await GrantedAsync();
        var short_ = await GrantedAsync();
        var payments = Payments(_world.Region.RegionOperator);

        var preview = await payments.PreviewAsync(PaymentRegisterFile.Build(
            [paid.VoucherNumber!, "5 000,00", "26.04.2027", "101"],
            [short_.VoucherNumber!, "4 999,00", "26.04.2027", "102"],
            ["20279999999", "5000", "26.04.2027", "103"],
            [paid.VoucherNumber!, "5000", "27.04.2027", "104"]));

        Assert.Equal([PaymentMatchKind.Applied, PaymentMatchKind.WrongAmount, PaymentMatchKind.UnknownVoucher, PaymentMatchKind.RepeatedInRegister],
            preview.Lines.Select(l => l.Kind));
        Assert.Equal($"Путевка № {short_.VoucherNumber}: оплачено 4 999,00 ₽, а к оплате 5 000,00 ₽.", preview.Lines[1].Message?.Replace('\u00A0', ' '));
        var result = await payments.ApplyAsync(preview);

        Assert.True(result.Ok, result.Message);
        Assert.Equal(1, result.Applied);
        using var db = _database.System();
        var rows = await db.CampApplications.AsNoTracking().ToDictionaryAsync(a => a.Id);
        Assert.Equal(CampApplicationStatus.Paid, rows[paid.Id].Status);
        Assert.Equal((5_000m, new DateOnly(2027, 4, 26)), (rows[paid.Id].PaidAmount!.Value, rows[paid.Id].PaidOn!.Value));
        Assert.Contains("101", rows[paid.Id].PaymentReference);
        Assert.Equal(CampApplicationStatus.Granted, rows[short_.Id].Status);
        Assert.Null(rows[short_.Id].PaidAmount);
        Assert.Contains(await db.CampNotices.Where(n => n.ApplicationId == paid.Id).Select(n => n.Text).ToListAsync(), t => t.StartsWith("Оплата путевки"));
    }

    [Fact]
    public async Task A_municipal_operator_applies_their_districts_payment_and_another_districts_line_is_listed_as_not_theirs()
    {
        var mine = await GrantedAsync();
        var other = await GrantedInDistrict2Async();
        var payments = Payments(_world.Region.District1Operator);

        var preview = await payments.PreviewAsync(PaymentRegisterFile.Build(
            [mine.VoucherNumber!, "5000", "26.04.2027", "1"],
            [other.VoucherNumber!, "5000", "26.04.2027", "2"]));

        Assert.Equal([PaymentMatchKind.Applied, PaymentMatchKind.OtherDistrict], preview.Lines.Select(l => l.Kind));
        Assert.Null(preview.Lines[1].ChildName);
        Assert.Contains("другом муниципалитете", preview.Lines[1].Message);
        var forged = preview with { Lines = preview.Lines.Select(l => l with { Kind = PaymentMatchKind.Applied }).ToList() };
        var result = await payments.ApplyAsync(forged);

        Assert.Equal(1, result.Applied);
        Assert.Equal(PaymentMatchKind.OtherDistrict, Assert.Single(result.NotApplied).Kind);
        using var db = _database.System();
        Assert.Equal(CampApplicationStatus.Paid, (await db.CampApplications.SingleAsync(a => a.Id == mine.Id)).Status);
        Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync(a => a.Id == other.Id)).Status);
    }

    [Fact]
    public async Task A_line_paid_after_the_preview_is_listed_at_apply_time_and_never_applied_twice()
    {
        var application = await GrantedAsync();
        var payments = Payments(_world.Region.RegionOperator);
        var preview = await payments.PreviewAsync(PaymentRegisterFile.Build([application.VoucherNumber!, "5000", "26.04.2027", "1"]));

        var first = await payments.ApplyAsync(preview);
        var second = await payments.ApplyAsync(preview);

        Assert.Equal((1, 0), (first.Applied, second.Applied));
        Assert.Equal(PaymentMatchKind.NotAwaitingPayment, Assert.Single(second.NotApplied).Kind);
        using var db = _database.System();
        Assert.Equal(1, await db.CampStatusChanges.CountAsync(h => h.ApplicationId == application.Id && h.Status == CampApplicationStatus.Paid));
    }

    [Fact]
    public async Task When_one_line_fails_at_apply_time_no_payment_of_the_register_is_applied()
    {
        var good = await GrantedAsync();
        var early = await GrantedAsync();
        var payments = Payments(_world.Region.RegionOperator);
        var preview = await payments.PreviewAsync(PaymentRegisterFile.Build(
            [good.VoucherNumber!, "5000", "26.04.2027", "1"],
            [early.VoucherNumber!, "5000", "20.04.2027", "2"]));
        Assert.Equal(2, preview.ToApply);

        var result = await payments.ApplyAsync(preview);

        Assert.False(result.Ok);
        Assert.StartsWith("Платежи не зачтены, ни один: Строка 5", result.Message);
        Assert.Contains("раньше, чем место было предоставлено", result.Message);
        using var db = _database.System();
        Assert.Equal(0, await db.CampApplications.CountAsync(a => a.Status != CampApplicationStatus.Granted));
        Assert.Equal(0, await db.CampNotices.CountAsync(n => n.Status == CampApplicationStatus.Paid));
    }

    [Fact]
    public async Task The_operator_issues_the_vouchers_of_paid_places_and_each_parent_is_told()
    {
        var application = await GrantedAsync();
        var unpaid = await GrantedAsync();
        var payments = Payments(_world.Region.RegionOperator);
        await payments.ApplyAsync(await payments.PreviewAsync(PaymentRegisterFile.Build([application.VoucherNumber!, "5000", "26.04.2027", "1"])));
        Assert.Equal(1, await payments.AwaitingVoucherAsync());

        var issued = await payments.IssueVouchersAsync();

        Assert.Equal((1, 0), (issued, await payments.AwaitingVoucherAsync()));
        using var db = _database.System();
        Assert.Equal(CampApplicationStatus.VoucherIssued, (await db.CampApplications.SingleAsync(a => a.Id == application.Id)).Status);
        Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync(a => a.Id == unpaid.Id)).Status);
        Assert.Contains(await db.CampNotices.Where(n => n.ApplicationId == application.Id).Select(n => n.Text).ToListAsync(),
            t => t.StartsWith($"Путевка № {application.VoucherNumber} выдана"));
        Assert.Equal("Путевка выдана", (await payments.FindAsync(application.VoucherNumber))?.StatusName);
        Assert.Equal("Путевка выдана", (await payments.FindAsync(application.Number))?.StatusName);
    }

    [Fact]
    public async Task The_mismatches_export_lists_each_line_not_applied_with_its_reason_and_a_formula_from_the_bank_is_not_run()
    {
        var application = await GrantedAsync();
        var payments = Payments(_world.Region.RegionOperator);
        var preview = await payments.PreviewAsync(PaymentRegisterFile.Build(
            [application.VoucherNumber!, "5000", "26.04.2027", "1"],
            ["20279999999", "5000", "26.04.2027", "=HYPERLINK(\"http://evil\")"],
            ["", "5000", "26.04.2027", "3"]));

        var file = PaymentRegisterWorkbook.Mismatches(preview, new DateOnly(2027, 4, 27));

        var package = SchoolPortal.Infrastructure.Excel.Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[0];
        var first = ReportWorkbookRow(sheet, 0);
        Assert.Equal(("20279999999", "Путевки № 20279999999 нет среди предоставленных мест."), (first[1], first[6]));
        Assert.StartsWith("'=HYPERLINK", first[4]);
        Assert.StartsWith("Строка 6: «Номер путевки» не заполнен.", ReportWorkbookRow(sheet, 1)[6]);
        Assert.Equal("", ReportWorkbookRow(sheet, 2)[6]);
        Assert.EndsWith(".xlsx", file.FileName);
    }

    private static string[] ReportWorkbookRow(OfficeOpenXml.ExcelWorksheet sheet, int index) =>
        Enumerable.Range(1, 7).Select(c => sheet.Cells[SchoolPortal.Features.Reports.ReportWorkbook.HeaderRow + 1 + index, c].Text).ToArray();

    [Fact]
    public async Task A_school_administrator_may_not_preview_or_apply_a_register()
    {
        var payments = Payments(_world.Region.Admin1);

        await Assert.ThrowsAsync<AccessDeniedException>(() => payments.PreviewAsync(PaymentRegisterFile.Build(["20270000001", "5000", "26.04.2027", "1"])));
        await Assert.ThrowsAsync<AccessDeniedException>(() => payments.IssueVouchersAsync());
    }

    private CampPaymentService Payments(PortalUser user) =>
        new(_database.For(user), _database.Factory, _world.Allocator(Later), new UploadParsingLimiter(new UploadOptions()));

    private async Task<CampApplication> GrantedAsync(CampShift? shift = null, int? schoolId = null)
    {
        var family = _world.NewFamily(schoolId: schoolId);
        var application = await _world.Filing(family.Parent, CampWorld.Opening.AddSeconds(1))
            .ApplyAsync(new CampRequest(family.PupilId, [(shift ?? _shift).Id], CampPriority.General, null));
        Assert.Equal(CampApplicationStatus.Granted, application.Status);
        return application;
    }

    /// <summary>A child of district 2's school in district 2's camp: not the first district operator's.</summary>
    private async Task<CampApplication> GrantedInDistrict2Async()
    {
        CampShift shift;
        using (var db = _database.System())
        {
            var camp = new Camp("Лагерь «Сосновый бор»", CampKind.Country, "Челябинская обл., Сосновский р-н", _world.Region.District2.Id);
            db.Camps.Add(camp);
            db.SaveChanges();
            shift = new CampShift(camp.Id, "1 смена", new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 21), 5, 7, 15, 25_000m, 5_000m);
            db.CampShifts.Add(shift);
            db.SaveChanges();
        }
        return await GrantedAsync(shift, _world.Region.School2.Id);
    }
}
