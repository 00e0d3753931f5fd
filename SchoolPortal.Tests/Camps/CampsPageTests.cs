using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.Enrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Летний отдых» of a parent, rendered over the real services on a real SQLite database with a pinned clock.</summary>
public sealed class CampsPageTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;

    public CampsPageTests() => _world = CampWorld.Create(_database);

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private IRenderedComponent<MudPopoverProvider> _popovers = null!;
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;

    private IRenderedComponent<TPage> Open<TPage>(PortalUser user, DateTimeOffset now, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var clock = new ManualClock(now);
        Services.AddSingleton<ICurrentUser>(new SignedInUser(user));
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(new FamilyCampsService(_database.For(user), _database.Factory, _world.Allocator(clock), clock));
        Services.AddSingleton(_world.Filing(user, clock));
        _dialogs = Render<MudDialogProvider>();
        _popovers = Render<MudPopoverProvider>();
        return Render(parameters ?? (_ => { }));
    }

    [Fact]
    public void Before_the_opening_the_button_is_disabled_and_says_when_applications_open()
    {
        _world.Shift(places: 5);
        var family = _world.NewFamily();

        var cut = Open<CampsPage>(family.Parent, CampWorld.Opening.AddMinutes(-1));

        cut.WaitForAssertion(() => Assert.Contains("Прием заявлений откроется 25.04.2027 в 09:00", cut.Find("[data-testid=camp-submit]").TextContent));
        Assert.True(cut.Find("[data-testid=camp-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_form_shows_the_child_from_the_records_and_the_shifts_that_take_the_child()
    {
        var shift = _world.Shift(places: 5, share: 4_500m);
        var older = _world.Shift(places: 5, minAge: 14, maxAge: 17, name: "Старшие");
        var family = _world.NewFamily(new DateOnly(2015, 3, 14));

        var cut = Open<CampsPage>(family.Parent, CampWorld.Opening);

        cut.WaitForAssertion(() => Assert.Contains("Летова Дочьб Ивановна", cut.Find("[data-testid=camp-child]").TextContent));
        Assert.Contains("14.03.2015", cut.Find("[data-testid=camp-child]").TextContent);
        var row = cut.Find($"[data-testid=camp-shift-{shift.Id}]");
        Assert.Contains("Лагерь «Уральские зори»", row.TextContent);
        Assert.Contains("Первый район", row.TextContent);
        Assert.Contains("01.06.2027–21.06.2027", row.TextContent);
        Assert.Contains("7–15 лет", row.TextContent);
        Assert.Equal("5", row.QuerySelector("[data-testid=camp-shift-free]")!.TextContent.Trim());
        Assert.Empty(cut.FindAll($"[data-testid=camp-shift-{older.Id}]"));
        Assert.False(cut.Find("[data-testid=camp-submit]").HasAttribute("disabled"));
        Assert.Contains("Подать заявление", cut.Find("[data-testid=camp-submit]").TextContent);
    }

    [Fact]
    public async Task Applying_through_the_form_at_the_opening_gives_a_place_with_a_link_to_the_receipt_and_lists_the_application()
    {
        var shift = _world.Shift(places: 5);
        var family = _world.NewFamily();
        var cut = Open<CampsPage>(family.Parent, CampWorld.Opening);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-testid=camp-shift-{shift.Id}]")));

        cut.Find("[data-testid='camp-choice-1']").Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.NotEmpty(_popovers.FindAll(".mud-popover-open .mud-list-item")));
        _popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Contains("1 смена")).Click();
        await cut.InvokeAsync(() => cut.Find("[data-testid=camp-submit]").Click());

        cut.WaitForAssertion(() => Assert.Contains("место предоставлено", cut.Find("[data-testid=camp-outcome]").TextContent));
        var id = Assert.Single(_database.System().CampApplications.Select(a => a.Id).ToList());
        Assert.Equal($"camps/receipt/{id}", cut.Find("[data-testid=camp-outcome-receipt]").GetAttribute("href"));
        var listed = cut.Find($"[data-testid=camp-application-{id}]");
        Assert.Contains(CampNames.Status(CampApplicationStatus.Granted), listed.TextContent);
        Assert.Equal($"camps/receipt/{id}", listed.QuerySelector("[data-testid=camp-receipt-link]")!.GetAttribute("href"));
        Assert.Single(cut.FindAll("[data-testid=camp-notice-new]"));
        // The shifts table is read again after the filing: wait for it rather than race it.
        cut.WaitForAssertion(() => Assert.Equal("4", cut.Find($"[data-testid=camp-shift-{shift.Id}] [data-testid=camp-shift-free]").TextContent.Trim()));
    }

    [Fact]
    public void A_privileged_category_without_its_document_is_refused_under_the_field_before_anything_is_filed()
    {
        _world.Shift(places: 5);
        var family = _world.NewFamily();
        var cut = Open<CampsPage>(family.Parent, CampWorld.Opening);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=camp-priority]")));

        cut.Find("[data-testid='camp-priority']").Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.NotEmpty(_popovers.FindAll(".mud-popover-open .mud-list-item")));
        _popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Contains("первоочередное")).Click();
        cut.Find("[data-testid=camp-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("укажите подтверждающий документ", cut.Markup));
        Assert.Contains("Выберите хотя бы одну смену.", cut.Markup);
        Assert.Empty(_database.System().CampApplications.ToList());
    }

    [Fact]
    public async Task The_list_shows_each_application_with_its_status_and_the_receipt_only_for_a_granted_place()
    {
        var shift = _world.Shift(places: 1);
        var family = _world.NewFamily();
        var sister = _world.NewFamily();
        var granted = await _world.Filing(family.Parent, CampWorld.Opening).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));
        var stranger = await _world.Filing(sister.Parent, CampWorld.Opening.AddSeconds(1))
            .ApplyAsync(new CampRequest(sister.PupilId, [shift.Id], CampPriority.General, null));

        var cut = Open<CampsPage>(family.Parent, CampWorld.Opening.AddHours(1));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-testid=camp-application-{granted.Id}]")));
        var row = cut.Find($"[data-testid=camp-application-{granted.Id}]");
        Assert.Contains(granted.Number, row.TextContent);
        Assert.Contains("Место предоставлено — ожидает оплаты", row.TextContent);
        Assert.Contains(granted.PaymentDeadline!.Value.ToString("dd.MM.yyyy"), row.TextContent);
        Assert.NotNull(row.QuerySelector("[data-testid=camp-receipt-link]"));
        Assert.Null(row.QuerySelector("[data-testid=camp-voucher-link]"));
        Assert.Empty(cut.FindAll($"[data-testid=camp-application-{stranger.Id}]"));
    }

    [Fact]
    public void A_pupil_opening_the_page_reads_that_a_parent_applies()
    {
        var pupil = new PortalUser(9001, "camp.pupil", "Летова Д.", Role.Pupil, null, null);

        var cut = Open<CampsPage>(pupil, CampWorld.Opening);

        cut.WaitForAssertion(() => Assert.Equal(CampAccess.ParentsOnly, cut.Find("[data-testid=camps-refusal]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=camp-form]"));
    }

    [Fact]
    public async Task Another_parent_opening_a_receipt_by_its_address_reads_that_it_was_not_found()
    {
        var shift = _world.Shift(places: 1);
        var owner = _world.NewFamily();
        var stranger = _world.NewFamily();
        var granted = await _world.Filing(owner.Parent, CampWorld.Opening).ApplyAsync(new CampRequest(owner.PupilId, [shift.Id], CampPriority.General, null));

        var cut = Open<CampReceiptPage>(stranger.Parent, CampWorld.Opening.AddHours(1), p => p.Add(x => x.Id, granted.Id));

        cut.WaitForAssertion(() => Assert.Contains("Квитанция не найдена", cut.Find("[data-testid=camp-receipt-missing]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=camp-print]"));
        Assert.DoesNotContain(granted.VoucherNumber!, cut.Markup);
    }

    [Fact]
    public async Task A_double_click_on_the_button_files_one_application()
    {
        var shift = _world.Shift(places: 5);
        var family = _world.NewFamily();
        var cut = Open<CampsPage>(family.Parent, CampWorld.Opening);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-testid=camp-shift-{shift.Id}]")));
        cut.Find("[data-testid='camp-choice-1']").Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.NotEmpty(_popovers.FindAll(".mud-popover-open .mud-list-item")));
        _popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Contains("1 смена")).Click();

        // The second click comes while the first filing runs: the button is disabled by then (the handler also returns at once).
        var button = cut.Find("[data-testid=camp-submit]");
        var first = button.ClickAsync(new MouseEventArgs());
        var second = button.ClickAsync(new MouseEventArgs());
        await Task.WhenAll(first, second);

        // Were it let through, the second filing would be refused as a repeat and its error would replace the place just given.
        cut.WaitForAssertion(() => Assert.Contains("место предоставлено", cut.Find("[data-testid=camp-outcome]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=camp-error]"));
        Assert.Single(_database.System().CampApplications.ToList());
    }

    [Fact]
    public async Task Withdrawing_asks_first_and_then_closes_the_application_and_frees_the_place()
    {
        var shift = _world.Shift(places: 1);
        var family = _world.NewFamily();
        var granted = await _world.Filing(family.Parent, CampWorld.Opening).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));
        var cut = Open<CampsPage>(family.Parent, CampWorld.Opening.AddHours(1));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-testid=camp-application-{granted.Id}] [data-testid=camp-withdraw]")));

        await cut.InvokeAsync(() => cut.Find($"[data-testid=camp-application-{granted.Id}] [data-testid=camp-withdraw]").Click());
        _dialogs.WaitForAssertion(() => Assert.Contains("Отказаться от путевки?", _dialogs.Markup));
        Assert.Equal(CampApplicationStatus.Granted, _database.System().CampApplications.Single().Status);
        await _dialogs.InvokeAsync(() => _dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Отказаться").Click());

        cut.WaitForAssertion(() => Assert.Contains("Отказ заявителя", cut.Find($"[data-testid=camp-application-{granted.Id}]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=camp-withdraw]"));
        Assert.Equal(0, _database.System().CampShifts.Single().Taken);
    }

    [Fact]
    public async Task The_owner_opens_the_receipt_with_the_amount_the_voucher_number_and_a_print_button()
    {
        var shift = _world.Shift(places: 1, share: 7_350m);
        var family = _world.NewFamily();
        var granted = await _world.Filing(family.Parent, CampWorld.Opening).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));

        var cut = Open<CampReceiptPage>(family.Parent, CampWorld.Opening.AddHours(1), p => p.Add(x => x.Id, granted.Id));

        cut.WaitForAssertion(() => Assert.Equal(granted.VoucherNumber, cut.Find("[data-testid=camp-receipt-voucher]").TextContent.Trim()));
        Assert.Matches(@"^7\s350,00\s₽$", cut.Find("[data-testid=camp-receipt-amount]").TextContent.Trim());
        Assert.Contains("рабочих дней", cut.Find("[data-testid=camp-receipt-deadline]").TextContent);
        Assert.Contains("@media print", cut.Markup);
        cut.Find("[data-testid=camp-print]").Click();
        JSInterop.VerifyInvoke("print");
    }
}
