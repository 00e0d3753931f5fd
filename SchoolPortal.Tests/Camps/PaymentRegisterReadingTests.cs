using OfficeOpenXml;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Tests.Uploads;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Camps;

/// <summary>The bank's register read from Excel: good rows in the bank's spellings, bad rows named in Russian, hostile files refused.</summary>
public sealed class PaymentRegisterReadingTests
{
    [Fact]
    public void Text_and_number_cells_in_the_banks_spellings_are_read_under_a_header_found_below_the_title()
    {
        var file = PaymentRegisterFile.Build(
            ["20270000001", "12 500,00", "03.05.2027", "п/п 451"],
            [20270000002d, 5000d, new DateTime(2027, 5, 4), 452d],
            ["2027 0000003", "5000.50 руб.", "2027-05-05", "453"]);

        var (rows, refusal) = PaymentRegisterWorkbook.Read(file);

        Assert.Null(refusal);
        Assert.Equal(
            [
                new PaymentRegisterLine(4, "20270000001", 12_500m, new DateOnly(2027, 5, 3), "п/п 451"),
                new PaymentRegisterLine(5, "20270000002", 5_000m, new DateOnly(2027, 5, 4), "452"),
                new PaymentRegisterLine(6, "20270000003", 5_000.50m, new DateOnly(2027, 5, 5), "453"),
            ],
            rows.Select(r => r.Line!).ToList());
    }

    [Fact]
    public void Bad_rows_are_listed_with_their_row_and_column_and_the_good_rows_are_kept()
    {
        var file = PaymentRegisterFile.Build(
            ["2027-АБВ", "5000", "03.05.2027", "1"],
            ["20270000002", "пять тысяч", "03.05.2027", "2"],
            ["20270000003", "5000", "31.02.2027", "3"],
            [null, "5000", "03.05.2027", "4"],
            ["20270000005", "-100", "03.05.2027", "5"],
            ["20270000006", "5000", "03.05.2027", "6"]);

        var (rows, refusal) = PaymentRegisterWorkbook.Read(file);

        Assert.Null(refusal);
        var errors = rows.Where(r => !r.IsRead).Select(r => r.Error!).ToList();
        Assert.Equal(5, errors.Count);
        Assert.StartsWith("Строка 4: «Номер путевки»: «2027-АБВ» — номер путевки состоит из цифр", errors[0]);
        Assert.StartsWith("Строка 5: «Сумма»: «пять тысяч» — не сумма в рублях", errors[1]);
        Assert.StartsWith("Строка 6: «Дата платежа»: «31.02.2027» — не дата", errors[2]);
        Assert.StartsWith("Строка 7: «Номер путевки» не заполнен.", errors[3]);
        Assert.Contains("больше нуля", errors[4]);
        Assert.Equal("20270000006", Assert.Single(rows, r => r.IsRead).Line!.VoucherNumber);
    }

    [Theory]
    [InlineData("  НОМЕР   ПУТЁВКИ ", "сумма", "Дата платежа:", "номер платёжного документа")]
    [InlineData("Номер путевки", "Сумма", "Дата  платежа", "Номер платежного документа*")]
    public void Header_names_are_found_whatever_the_case_spaces_or_yo(string voucher, string amount, string date, string document)
    {
        var file = PaymentRegisterFile.WithHeaders(["№", voucher, "Плательщик", amount, date, document], ["20270000001", "100", "03.05.2027", "1"]);

        var (rows, refusal) = PaymentRegisterWorkbook.Read(file);

        Assert.Null(refusal);
        Assert.Equal(100m, Assert.Single(rows).Line!.Amount);
    }

    [Fact]
    public void A_register_without_the_amount_column_is_refused_naming_the_columns()
    {
        var file = PaymentRegisterFile.WithHeaders(["№", "Номер путевки", "Плательщик", "Итого", "Дата платежа", "Номер платежного документа"],
            ["20270000001", "100", "03.05.2027", "1"]);

        var (rows, refusal) = PaymentRegisterWorkbook.Read(file);

        Assert.Empty(rows);
        Assert.Equal(PaymentRegisterColumns.Missing, refusal);
    }

    [Fact]
    public void An_empty_file_a_text_file_and_a_register_without_payments_are_refused_in_russian()
    {
        Assert.StartsWith("Файл пустой", PaymentRegisterWorkbook.Read([]).Refusal);
        Assert.StartsWith("Это не книга Excel", PaymentRegisterWorkbook.Read("Номер путевки;Сумма\n1;2"u8.ToArray()).Refusal);
        Assert.Equal("В реестре нет ни одной строки платежа под заголовком.", PaymentRegisterWorkbook.Read(PaymentRegisterFile.Build()).Refusal);
        Assert.Equal(XlsxPackageGuard.NotAWorkbook, PaymentRegisterWorkbook.Read([(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0]).Refusal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_the_excel_reader_expands_it()
    {
        var (rows, refusal) = PaymentRegisterWorkbook.Read(ZipBombs.Bomb());

        Assert.Empty(rows);
        Assert.Contains("файла после распаковки больше 100 МБ", refusal);
    }

    [Fact]
    public void A_file_over_five_megabytes_and_a_register_of_too_many_rows_are_refused_with_the_limit()
    {
        var big = new byte[PaymentRegisterWorkbook.MaxBytes + 1];
        big[0] = (byte)'P';
        big[1] = (byte)'K';
        Assert.StartsWith("Файл больше 5 МБ", PaymentRegisterWorkbook.Read(big).Refusal);

        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add("Реестр");
        for (var c = 0; c < PaymentRegisterColumns.Headers.Count; c++)
            sheet.Cells[1, c + 1].Value = PaymentRegisterColumns.Headers[c];
        for (var r = 2; r <= PaymentRegisterWorkbook.MaxRows + 2; r++)
            sheet.Cells[r, 1].Value = 20270000000d + r;

        var refusal = PaymentRegisterWorkbook.Read(package.GetAsByteArray()).Refusal;

        Assert.Equal("В файле 10001 строк платежей: за один раз загружается не больше 10000.", refusal);
    }
}
