using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.BatchUpdate;

public sealed class BatchComponentsTests : MudTestContext
{
    private static BatchPreview Preview(IReadOnlyList<FieldChange> changes, IReadOnlyList<NewRecord> added, IReadOnlyList<RowError> errors) =>
        new("ученики.xlsx", "HASH", new BatchPlan(3, changes, added, errors, "FP"), null);

    [Fact]
    public void The_preview_shows_each_change_old_to_new_and_offers_apply()
    {
        var applied = false;
        var preview = Preview([new FieldChange(2, "Иванов Пётр Сергеевич", "У-1-1-AA", "СНИЛС", null, "112-233-445 95")],
            [new NewRecord(3, "Родитель 2: Фамилия", "Новый родитель: Иванов Сергей Андреевич (Отец) ученика Иванов Пётр Сергеевич")], []);

        var cut = Render<BatchPreviewView>(p => p.Add(v => v.Preview, preview).Add(v => v.OnApply, () => applied = true));

        Assert.Contains("изменений полей — 1, новых записей — 1, ошибок — 0", cut.Find("[data-testid=batch-summary]").TextContent);
        Assert.Equal("—", cut.Find("[data-testid=batch-change-old]").TextContent.Trim());
        Assert.Equal("112-233-445 95", cut.Find("[data-testid=batch-change-new]").TextContent.Trim());
        Assert.Contains("Иванов Сергей Андреевич (Отец)", cut.Find("[data-testid=batch-new-record]").TextContent);
        cut.Find("[data-testid=batch-apply]").Click();
        Assert.True(applied);
    }

    [Fact]
    public void A_preview_with_errors_lists_them_by_row_and_column_and_cannot_be_applied()
    {
        var preview = Preview([new FieldChange(2, "Иванов Пётр Сергеевич", "", "Комментарий", null, "x")], [],
            [new RowError(4, "СНИЛС", "СНИЛС должен состоять из 11 цифр, введено 3.")]);

        var cut = Render<BatchPreviewView>(p => p.Add(v => v.Preview, preview));

        Assert.Equal("4", cut.Find("[data-testid=batch-error-row]").TextContent.Trim());
        Assert.Contains("СНИЛС должен состоять из 11 цифр", cut.Find("[data-testid=batch-errors]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=batch-apply]"));
    }

    [Fact]
    public void A_refused_file_shows_only_its_message()
    {
        var cut = Render<BatchPreviewView>(p => p.Add(v => v.Preview, BatchPreview.Refused("x.xlsx", "H", "Это не книга Excel (.xlsx).")));

        Assert.Equal("Это не книга Excel (.xlsx).", cut.Find("[data-testid=batch-file-error]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=batch-apply]"));
    }

    [Fact]
    public async Task The_export_dialog_returns_the_chosen_fields_for_the_current_filter()
    {
        var provider = Render<MudDialogProvider>();
        var filter = PupilFilter.Default with { Grade = 5 };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<ExportDialog>(
            "Выберите параметры экспорта", new DialogParameters<ExportDialog> { { d => d.Filter, filter } }));

        provider.Find("[data-testid=batch-export-pupil-some] input, input[data-testid=batch-export-pupil-some]").Click();
        provider.Find("[data-testid=batch-export-pupil-snils] input, input[data-testid=batch-export-pupil-snils]").Change(true);
        provider.Find("[data-testid=batch-export-confirm]").Click();
        var result = await dialog!.Result;

        var request = Assert.IsType<BatchExportRequest>(result!.Data);
        Assert.Equal(filter, request.Filter);
        Assert.Contains(BatchFields.Snils, request.PupilFields!);
        Assert.Contains(BatchFields.Surname, request.PupilFields!);
        Assert.Null(request.ParentFields);
    }

    [Fact]
    public async Task The_export_dialog_with_the_full_lists_asks_for_every_field()
    {
        var provider = Render<MudDialogProvider>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<ExportDialog>(
            "Выберите параметры экспорта", new DialogParameters<ExportDialog> { { d => d.Filter, PupilFilter.Default } }));

        Assert.Contains("Полный список полей", provider.Find("[data-testid=batch-export-dialog]").TextContent);
        provider.Find("[data-testid=batch-export-confirm]").Click();

        var request = Assert.IsType<BatchExportRequest>((await dialog!.Result)!.Data);
        Assert.Null(request.PupilFields);
        Assert.Null(request.ParentFields);
    }
}
