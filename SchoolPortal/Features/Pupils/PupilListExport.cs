using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Pupils;

/// <summary>
/// «Загрузить» on the pupil list: the current filtered list, in the list's order, with the fields chosen in «Настройки», as an
/// Excel file. Text that Excel would take for a formula is escaped as the batch export does (<see cref="SafeCell"/>).
/// </summary>
public sealed class PupilListExport(PortalDb portalDb, TimeProvider clock)
{
    /// <summary>A school has about a thousand pupils; a district or the region is narrowed by the filters first.</summary>
    public const int MaxRows = 50_000;

    public const string NumberTitle = "№ п/п";

    public async Task<PupilListFile> RunAsync(PupilFilter filter, IReadOnlyCollection<PupilColumn> chosen, PupilColumn sortBy = PupilColumn.DisplayName,
        bool descending = false, CancellationToken ct = default)
    {
        var columns = PupilColumns.All.Where(chosen.Contains).ToList();
        if (columns.Count == 0)
            throw new Domain.Common.DomainException("Выберите хотя бы одно поле.");
        await using var db = await portalDb.OpenAsync();
        var filtered = PupilListQuery.Filtered(db, filter);
        var total = await filtered.CountAsync(ct);
        if (total > MaxRows)
            throw new Domain.Common.DomainException(
                $"В списке {total.ToString("N0", Infrastructure.CardCalendar.Russian)} учеников: выгружается не больше {MaxRows.ToString("N0", Infrastructure.CardCalendar.Russian)}. Сузьте фильтр.");
        var rows = await PupilListQuery.Ordered(db, filtered, sortBy, descending)
            .Select(PupilListQuery.Projection(db, columns.ToHashSet()))
            .ToListAsync(ct);
        var today = Infrastructure.CardCalendar.Today(clock);
        return new PupilListFile(Excel(rows, columns), $"Ученики {today:dd.MM.yyyy}.xlsx", rows.Count);
    }

    /// <summary>EPPlus 4.5: no AutoFitColumns (it needs GDI+ on Linux), the widths are set by hand.</summary>
    internal static byte[] Excel(IReadOnlyList<PupilRow> rows, IReadOnlyList<PupilColumn> columns)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add("Ученики");
        sheet.Cells[1, 1].Value = NumberTitle;
        sheet.Column(1).Width = 7;
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cells[1, c + 2].Value = PupilColumns.Title(columns[c]);
            sheet.Column(c + 2).Width = Width(columns[c]);
        }
        sheet.Cells[1, 1, 1, columns.Count + 1].Style.Font.Bold = true;
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Cells[r + 2, 1].Value = r + 1;
            for (var c = 0; c < columns.Count; c++)
            {
                var text = rows[r].Cell(columns[c]);
                if (text.Length > 0)
                    sheet.Cells[r + 2, c + 2].Value = SafeCell.Escape(text);
            }
        }
        // Everything but the number is text: Excel must not turn SNILS, phones or logins into numbers or dates.
        if (rows.Count > 0)
            sheet.Cells[2, 2, rows.Count + 1, columns.Count + 1].Style.Numberformat.Format = "@";
        sheet.View.FreezePanes(2, 1);
        return package.GetAsByteArray();
    }

    private static double Width(PupilColumn column) => column switch
    {
        PupilColumn.DisplayName => 36,
        PupilColumn.Parents => 60,
        PupilColumn.RegistrationAddress or PupilColumn.StayAddress or PupilColumn.Comment => 50,
        PupilColumn.IdentityDocument or PupilColumn.School => 30,
        PupilColumn.Class or PupilColumn.Gender or PupilColumn.Gifted => 10,
        PupilColumn.BirthDate or PupilColumn.LastLogin or PupilColumn.Snils => 16,
        _ => 22,
    };
}
