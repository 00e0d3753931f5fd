using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// Payments and deadlines in a real browser on the running portal, each flow on a past season of its own year inserted into
/// the portal's database with the dates pinned in the rows (the portal's clock is not moved).
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class CampPaymentFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task The_operator_imports_the_banks_register_the_place_becomes_paid_its_voucher_is_issued_and_the_parent_sees_it()
    {
        var rows = new PortalCampRows(portal.DatabasePath, 2018);
        var (shift, school, district) = await rows.SeasonAsync(places: 3);
        var granted = await rows.ApplicationAsync(shift, school, district, RegionTime.At(new DateOnly(2018, 4, 25), new TimeOnly(9, 0)),
            new DateOnly(2018, 5, 4));
        var register = Path.Combine(Path.GetTempPath(), $"реестр-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(register, PaymentRegisterFile.Build(
            [granted.VoucherNumber!, "4 500,00", "27.04.2018", "7731"],
            ["20189999999", "4500", "27.04.2018", "7732"]));
        try
        {
            var page = await portal.SignInAsync("operator");
            await page.GotoAsync("/camps/payments");
            await BrowserUi.UploadAsync(page, register);

            await Assertions.Expect(page.GetByTestId("payments-summary")).ToContainTextAsync("будет зачтено: 1; не зачитывается: 1");
            await Assertions.Expect(page.GetByTestId("payments-mismatch")).ToContainTextAsync("Путевки № 20189999999 нет среди предоставленных мест.");
            await page.GetByTestId("payments-apply").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Зачесть", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("payments-message")).ToContainTextAsync("Зачтено платежей: 1.");
            Assert.Equal("Оплачено", (await rows.FindAsync(granted.Id)).StatusName);

            await page.GetByTestId("payments-issue").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Выдать", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("payments-message")).ToContainTextAsync("Выдано путевок:");
            await page.GetByTestId("payments-lookup-number").FillAsync(granted.VoucherNumber!);
            await page.GetByTestId("payments-lookup-button").ClickAsync();
            await Assertions.Expect(page.GetByTestId("payments-lookup-status")).ToHaveTextAsync("Путевка выдана");

            var issued = await rows.FindAsync(granted.Id);
            Assert.Equal(("Путевка выдана", 4_500m), (issued.StatusName, issued.PaidAmount!.Value));
            await using var db = rows.System();
            Assert.Contains(await db.CampNotices.Where(n => n.ParentId == granted.ParentId).Select(n => n.Text).ToListAsync(),
                t => t.StartsWith($"Путевка № {granted.VoucherNumber} выдана"));

            var family = await portal.SignInAsync(await rows.ParentLoginAsync(granted.ParentId));
            await family.GotoAsync("/camps");
            await Assertions.Expect(family.GetByTestId($"camp-application-{granted.Id}").GetByTestId("camp-application-status"))
                .ToContainTextAsync("Путевка выдана");
            await Assertions.Expect(family.GetByTestId($"camp-application-{granted.Id}").GetByTestId("camp-voucher-link")).ToBeVisibleAsync();
        }
        finally
        {
            File.Delete(register);
        }
    }

    [BrowserFact]
    public async Task An_unpaid_place_past_its_deadline_is_cancelled_by_the_job_and_goes_to_the_next_parent_in_reserve()
    {
        var rows = new PortalCampRows(portal.DatabasePath, 2019);
        var (shift, school, district) = await rows.SeasonAsync(places: 1);
        var filed = RegionTime.At(new DateOnly(2019, 4, 25), new TimeOnly(9, 0));
        var unpaid = await rows.ApplicationAsync(shift, school, district, filed, deadline: new DateOnly(2019, 5, 6));
        var next = await rows.ApplicationAsync(shift, school, district, filed.AddSeconds(1), deadline: null);
        var after = await rows.ApplicationAsync(shift, school, district, filed.AddSeconds(2), deadline: null);

        var job = new CampDeadlineJob(rows, new CampAllocator(rows, new EnrollmentSettings(rows), TimeProvider.System), TimeProvider.System,
            NullLogger<CampDeadlineJob>.Instance);
        var first = await job.RunSeasonAsync(rows.Year);
        var second = await job.RunSeasonAsync(rows.Year);

        Assert.Equal((new CampDeadlineResult(1, 1, 0), CampDeadlineResult.None), (first, second));
        var page = await portal.SignInAsync("operator");
        await page.GotoAsync("/camps/payments");
        await page.GetByTestId("payments-lookup-number").FillAsync(unpaid.Number);
        await page.GetByTestId("payments-lookup-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("payments-lookup-status")).ToHaveTextAsync("Аннулировано: не оплачено в срок");
        await page.GetByTestId("payments-lookup-number").FillAsync(next.Number);
        await page.GetByTestId("payments-lookup-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("payments-lookup-status")).ToHaveTextAsync("Место предоставлено — ожидает оплаты");

        Assert.Equal(CampApplicationStatus.Reserve, (await rows.FindAsync(after.Id)).Status);
        await using var db = rows.System();
        Assert.Equal(1, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
        Assert.Equal([CampApplicationStatus.CancelledUnpaid],
            await db.CampNotices.Where(n => n.ApplicationId == unpaid.Id).Select(n => n.Status).ToListAsync());
        Assert.Equal([CampApplicationStatus.Granted], await db.CampNotices.Where(n => n.ApplicationId == next.Id).Select(n => n.Status).ToListAsync());

        var family = await portal.SignInAsync(await rows.ParentLoginAsync(next.ParentId));
        await family.GotoAsync("/camps");
        await Assertions.Expect(family.GetByTestId($"camp-application-{next.Id}").GetByTestId("camp-application-status"))
            .ToContainTextAsync("Место предоставлено — ожидает оплаты");
        await Assertions.Expect(family.GetByTestId("camp-notices")).ToContainTextAsync("предоставлено место");
    }
}
