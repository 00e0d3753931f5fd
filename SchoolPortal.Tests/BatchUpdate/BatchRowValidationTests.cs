using SchoolPortal.Features.BatchUpdate;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>The messages a school administrator reads in the preview, each at its row and column.</summary>
public sealed class BatchRowValidationTests : IDisposable
{
    private readonly BatchFixture _f = new();

    public void Dispose() => _f.Dispose();

    private async Task<IReadOnlyList<RowError>> ErrorsAsync(string header, object? value)
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => BatchFixture.Set(s, "Иванов", header, value));
        var preview = await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", file);
        Assert.Null(preview.FileError);
        return preview.Plan!.Errors;
    }

    private async Task<BatchPlan> PlanAsync(string header, object? value)
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => BatchFixture.Set(s, "Иванов", header, value));
        return (await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", file)).Plan!;
    }

    [Fact]
    public async Task A_snils_with_a_wrong_checksum_is_reported_at_the_snils_column_of_its_row()
    {
        var error = Assert.Single(await ErrorsAsync("СНИЛС", "112-233-445 96"));

        Assert.Equal(2, error.Row);
        Assert.Equal("СНИЛС", error.Column);
        Assert.Contains("не сходится контрольное число. Проверьте цифры", error.Message);
        Assert.DoesNotContain("95", error.Message);
    }

    [Fact]
    public async Task A_birth_certificate_series_in_a_wrong_format_names_the_format()
    {
        var error = Assert.Single(await ErrorsAsync("Свидетельство о рождении: серия", "ИВ-12"));

        Assert.Equal("Свидетельство о рождении: серия", error.Column);
        Assert.StartsWith("Серия свидетельства о рождении", error.Message);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_asks_for_dd_mm_yyyy()
    {
        var error = Assert.Single(await ErrorsAsync("Дата рождения", "31.02.2015"));

        Assert.Equal("Дата рождения", error.Column);
        Assert.Contains("ДД.ММ.ГГГГ", error.Message);
    }

    [Fact]
    public async Task A_birth_date_giving_an_impossible_age_is_refused()
    {
        var error = Assert.Single(await ErrorsAsync("Дата рождения", "14.03.1915"));

        Assert.Contains("даёт возраст 111 лет", error.Message);
    }

    [Fact]
    public async Task A_date_typed_as_text_or_stored_as_an_excel_number_is_read_as_the_same_date()
    {
        var asText = await PlanAsync("Дата рождения", "15.03.2015");
        var asNumber = await PlanAsync("Дата рождения", new DateTime(2015, 3, 15).ToOADate());

        Assert.Contains(asText.Changes, c => c is { Column: "Дата рождения", Old: "14.03.2015", New: "15.03.2015" });
        Assert.Contains(asNumber.Changes, c => c is { Column: "Дата рождения", New: "15.03.2015" });
    }

    [Fact]
    public async Task A_class_the_school_does_not_have_is_refused()
    {
        var error = Assert.Single(await ErrorsAsync("Класс", "9Я"));

        Assert.Equal("Класса «9Я» нет в текущем учебном году вашей школы.", error.Message);
    }

    [Fact]
    public async Task The_same_class_typed_in_lower_case_is_no_change()
    {
        var plan = await PlanAsync("Класс", "5а");

        Assert.Empty(plan.Errors);
        Assert.False(plan.HasWork);
    }

    [Fact]
    public async Task An_unknown_gender_asks_for_m_or_f()
    {
        var error = Assert.Single(await ErrorsAsync("Пол", "X"));

        Assert.Equal("Пол «X» не распознан: укажите М или Ж.", error.Message);
    }

    [Fact]
    public async Task An_emptied_surname_is_required()
    {
        var error = Assert.Single(await ErrorsAsync("Фамилия", null));

        Assert.Equal("Фамилия: поле обязательно.", error.Message);
    }

    [Fact]
    public async Task A_formula_typed_into_a_name_is_refused_as_a_name()
    {
        var error = Assert.Single(await ErrorsAsync("Имя", "=HYPERLINK(\"http://evil\",\"Пётр\")"));

        Assert.Equal("Имя", error.Column);
        Assert.Contains("допустимы только буквы", error.Message);
    }

    [Fact]
    public async Task A_changed_pupil_key_is_refused_at_the_key_column()
    {
        var key = BatchFixture.Keys.Pupil(_f.Region.School1.Id, _f.Region.Pupil1.Id);
        var error = Assert.Single(await ErrorsAsync("Ключ ученика", key[..^1] + (key[^1] == '0' ? '1' : '0')));

        Assert.Equal("Ключ ученика", error.Column);
        Assert.Contains("не из выгрузки портала или изменён", error.Message);
    }

    [Fact]
    public async Task A_new_parent_without_a_relation_is_asked_for_one()
    {
        var error = Assert.Single(await ErrorsAsync("Родитель 2: Фамилия", "Петров"));

        Assert.Equal("Родитель 2: Кем приходится", error.Column);
        Assert.Contains("Мать, Отец или Законный представитель", error.Message);
    }

    [Fact]
    public async Task The_relation_of_an_existing_parent_is_not_changed_through_the_file()
    {
        var error = Assert.Single(await ErrorsAsync("Родитель 1: Кем приходится", "Отец"));

        Assert.Contains("у существующего родителя в файле не меняется", error.Message);
    }

    [Fact]
    public async Task A_parent_phone_that_is_not_a_phone_is_refused_at_the_phone_column()
    {
        var error = Assert.Single(await ErrorsAsync("Родитель 1: Телефон", "12"));

        Assert.Equal("Родитель 1: Телефон", error.Column);
        Assert.StartsWith("Телефон: 10 цифр", error.Message);
    }
}
