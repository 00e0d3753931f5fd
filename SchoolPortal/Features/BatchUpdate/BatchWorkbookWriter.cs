using OfficeOpenXml;
using OfficeOpenXml.Style;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// The export workbook: one row per pupil, parents in column groups, Russian headers, widths set by hand (AutoFit
/// needs GDI+), dates as dates shown dd.MM.yyyy, the key columns locked by sheet protection and every other cell
/// open for editing. Text that Excel could take for a formula is escaped (<see cref="SafeCell"/>).
/// </summary>
public static class BatchWorkbookWriter
{
    public static byte[] Write(IReadOnlyList<BatchExportRow> rows, RecordKeys keys, IReadOnlyList<BatchField> pupilFields,
        IReadOnlyList<BatchField> parentFields, Func<int, Task>? progress = null)
    {
        var groups = Math.Clamp(rows.Count == 0 ? 0 : rows.Max(r => r.Parents.Count) + 1, BatchFields.MinParentGroups, BatchFields.MaxParentGroups);
        var columns = new List<(int? Group, BatchField Field, string Header)>();
        columns.AddRange(pupilFields.Select(f => ((int?)null, f, f.Header)));
        for (var g = 1; g <= groups; g++)
            columns.AddRange(parentFields.Select(f => ((int?)g, f, BatchFields.ParentHeader(g, f))));

        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(BatchWorkbookReader.SheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cells[1, c + 1];
            cell.Value = columns[c].Header;
            cell.Style.Font.Bold = true;
            cell.Style.WrapText = true;
            cell.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
            cell.Style.Fill.PatternType = ExcelFillStyle.Solid;
            cell.Style.Fill.BackgroundColor.SetColor(columns[c].Group is null ? System.Drawing.Color.FromArgb(221, 235, 247) : System.Drawing.Color.FromArgb(226, 239, 218));
            sheet.Column(c + 1).Width = columns[c].Field.Width;
        }
        sheet.Row(1).Height = 45;

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var excelRow = r + 2;
            var pupilValues = BatchValues.Of(row.Pupil, row.ClassName);
            for (var c = 0; c < columns.Count; c++)
            {
                var (group, field, _) = columns[c];
                object? value;
                if (group is null)
                {
                    value = field.IsKey ? keys.Pupil(row.Pupil.SchoolId, row.Pupil.Id)
                        : field.Id == BatchFields.BirthDate ? row.Pupil.BirthDate.ToDateTime(TimeOnly.MinValue)
                        : pupilValues[field.Id];
                }
                else if (group.Value <= row.Parents.Count && row.Parents[group.Value - 1].Parent is { } parent)
                {
                    value = field.IsKey ? keys.Parent(row.Pupil.SchoolId, parent.Id)
                        : field.Id == BatchFields.BirthDate ? parent.BirthDate?.ToDateTime(TimeOnly.MinValue)
                        : BatchValues.Of(parent, row.Parents[group.Value - 1].Relation)[field.Id];
                }
                else
                {
                    value = null;
                }
                sheet.Cells[excelRow, c + 1].Value = value is string text ? SafeCell.Escape(text) : value;
            }
            if (progress is not null && r % 500 == 499)
                progress(r + 1).GetAwaiter().GetResult();
        }

        var last = Math.Max(rows.Count + 1, 2);
        for (var c = 0; c < columns.Count; c++)
        {
            var field = columns[c].Field;
            var data = sheet.Cells[2, c + 1, last, c + 1];
            if (field.Kind == BatchFieldKind.Date)
                data.Style.Numberformat.Format = "dd.mm.yyyy";
            else
                data.Style.Numberformat.Format = "@";
            if (field.IsKey)
            {
                data.Style.Fill.PatternType = ExcelFillStyle.Solid;
                data.Style.Fill.BackgroundColor.SetColor(System.Drawing.Color.FromArgb(242, 242, 242));
            }
            else
            {
                // Open for editing down to Excel's last row, so new values can be typed under the data too.
                sheet.Column(c + 1).Style.Locked = false;
                data.Style.Locked = false;
            }
        }
        sheet.View.FreezePanes(2, 1 + pupilFields.TakeWhile(f => f.IsKey || f.Id is BatchFields.Surname or BatchFields.FirstName).Count());
        sheet.Protection.IsProtected = true;
        sheet.Protection.AllowSelectLockedCells = true;
        sheet.Protection.AllowSelectUnlockedCells = true;
        sheet.Protection.AllowFormatColumns = true;
        sheet.Protection.AllowFormatRows = true;
        sheet.Protection.AllowAutoFilter = true;
        sheet.Protection.AllowSort = true;
        sheet.Cells[1, 1, last, columns.Count].AutoFilter = true;

        var help = package.Workbook.Worksheets.Add("Как заполнять");
        string[] lines =
        [
            "Пакетное обновление учеников",
            "1. Правьте значения на листе «Ученики». Столбцы «Ключ …» не меняйте: по ним портал находит записи.",
            "2. Порядок столбцов можно менять, названия столбцов — нет. Лишние столбцы удалите вместе с заголовком.",
            "3. Даты — в виде ДД.ММ.ГГГГ. Пол — М или Ж. Класс — как в портале, например 5А.",
            "4. Нового родителя впишите в пустую группу «Родитель N»: ключ оставьте пустым, укажите «Кем приходится».",
            "5. Загрузите файл: «Пакетное обновление» → «2. Обновление данных». Перед записью портал покажет все изменения и ошибки.",
        ];
        for (var i = 0; i < lines.Length; i++)
            help.Cells[i + 1, 1].Value = lines[i];
        help.Cells[1, 1].Style.Font.Bold = true;
        help.Column(1).Width = 120;
        return package.GetAsByteArray();
    }
}
