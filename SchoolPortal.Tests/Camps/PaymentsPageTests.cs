using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Tests.Enrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Оплата путевок» over the real payment service and a real SQLite database.</summary>
public sealed class PaymentsPageTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;

    public PaymentsPageTests() => _world = CampWorld.Create(_database);

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    [Fact]
    public async Task The_preview_lists_the_payment_to_apply_and_each_mismatch_with_its_reason_and_applies_only_the_match()
    {
        var shift = _world.Shift(places: 5);
        var (first, second) = (_world.NewFamily(), _world.NewFamily());
        var paid = await Granted(first, shift);
        var wrong = await Granted(second, shift);
        var (cut, dialogs) = Render(_world.Region.RegionOperator);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(PaymentRegisterFile.Build(
            [paid.VoucherNumber!, "5000", "26.04.2027", "1"],
            [wrong.VoucherNumber!, "500", "26.04.2027", "2"],
            ["20279999999", "5000", "26.04.2027", "3"],
            ["абв", "5000", "26.04.2027", "4"]), "реестр.xlsx"));

        cut.WaitForAssertion(() => Assert.Contains("будет зачтено: 1; не зачитывается: 2; строк с ошибками: 1",
            cut.Find("[data-testid=payments-summary]").TextContent));
        var mismatches = cut.FindAll("[data-testid=payments-mismatch]").Select(r => r.TextContent.Replace('\u00A0', ' ')).ToList();
        Assert.Contains(mismatches, m => m.Contains("оплачено 500,00 ₽, а к оплате 5 000,00 ₽"));
        Assert.Contains(mismatches, m => m.Contains("Путевки № 20279999999 нет среди предоставленных мест."));
        Assert.Contains("«Номер путевки»: «абв»", cut.Find("[data-testid=payments-row-error]").TextContent);
        Assert.Contains(paid.Number, cut.Find("[data-testid=payments-apply-line]").TextContent);

        await cut.InvokeAsync(() => cut.Find("[data-testid=payments-apply]").Click());
        dialogs.WaitForAssertion(() => Assert.Contains(dialogs.FindAll("button"), b => b.TextContent.Trim() == "Зачесть"));
        await dialogs.InvokeAsync(() => dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Зачесть").Click());

        cut.WaitForAssertion(() => Assert.Contains("Зачтено платежей: 1.", cut.Find("[data-testid=payments-message]").TextContent));
        Assert.Contains("(1)", cut.Find("[data-testid=payments-issue]").TextContent);
        await using var db = _database.System();
        Assert.Equal(CampApplicationStatus.Paid, (await db.CampApplications.SingleAsync(a => a.Id == paid.Id)).Status);
        Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync(a => a.Id == wrong.Id)).Status);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_on_the_page_in_russian()
    {
        var (cut, _) = Render(_world.Region.District1Operator);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("not a workbook"u8.ToArray(), "реестр.xlsx"));

        cut.WaitForAssertion(() => Assert.StartsWith("Это не книга Excel", cut.Find("[data-testid=payments-refusal]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=payments-apply]"));
    }

    private Task<CampApplication> Granted(Family family, CampShift shift) =>
        _world.Filing(family.Parent, CampWorld.Opening.AddSeconds(1)).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));

    private (IRenderedComponent<PaymentsPage> Page, IRenderedComponent<MudDialogProvider> Dialogs) Render(PortalUser user)
    {
        var now = CampWorld.Opening.AddDays(2);
        Services.AddSingleton<ICurrentUser>(new SignedInUser(user));
        Services.AddSingleton<TimeProvider>(new ManualClock(now));
        Services.AddSingleton(new CampPaymentService(_database.For(user), _database.Factory, _world.Allocator(now), new UploadParsingLimiter(new UploadOptions())));
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        return (Render<PaymentsPage>(), dialogs);
    }
}
