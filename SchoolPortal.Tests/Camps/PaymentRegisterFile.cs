using OfficeOpenXml;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Camps;

/// <summary>A bank's payment register as the bank sends it: a title line, then the header row, then the payments.</summary>
internal static class PaymentRegisterFile
{
    public static readonly string[] Headers = ["№ п/п", "Номер путевки", "Плательщик", "Сумма", "Дата платежа", "Номер платежного документа"];

    /// <summary>Each row: voucher, amount, date, document (values as cells: text, numbers or dates).</summary>
    public static byte[] Build(params object?[][] payments) => WithHeaders(Headers, payments);

    public static byte[] WithHeaders(string[] headers, params object?[][] payments)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add("Реестр");
        sheet.Cells[1, 1].Value = "Реестр платежей ПАО «Банк» за период";
        for (var c = 0; c < headers.Length; c++)
            sheet.Cells[3, c + 1].Value = headers[c];
        for (var r = 0; r < payments.Length; r++)
        {
            var p = payments[r];
            sheet.Cells[4 + r, 1].Value = r + 1;
            sheet.Cells[4 + r, 2].Value = p[0];
            sheet.Cells[4 + r, 3].Value = "Летова М. П.";
            sheet.Cells[4 + r, 4].Value = p[1];
            sheet.Cells[4 + r, 5].Value = p[2];
            if (p[2] is DateTime)
                sheet.Cells[4 + r, 5].Style.Numberformat.Format = "dd.mm.yyyy";
            sheet.Cells[4 + r, 6].Value = p[3];
        }
        return package.GetAsByteArray();
    }
}
