using System.Text;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Domain.Journal;

/// <summary>
/// Reads what a teacher typed into a journal cell: marks 1–5 (several in a row: «54»), «з»/«нз» for pass/fail subjects,
/// and one attendance code (н, б, оп, уп), in any order, separated or not. Typing on an English keyboard layout works too
/// («y» is «н»): teachers should not have to switch layouts between a mark and an absence.
/// </summary>
public static class CellInput
{
    // The Russian letters of the codes on the same keys of an English layout (ЙЦУКЕН over QWERTY).
    private static readonly Dictionary<char, char> Layout = new()
    {
        ['y'] = 'н', [','] = 'б', ['j'] = 'о', ['g'] = 'п', ['e'] = 'у', ['p'] = 'з', ['f'] = 'а', ['x'] = 'ч', ['b'] = 'и',
        ['t'] = 'е', ['<'] = 'б',
    };

    private static readonly string[] Tokens = ["незач", "зач", "нз", "оп", "уп", "н", "б", "з"];

    /// <summary>Maps one typed key to the character it stands for in the journal (layout-independent), or null if it means nothing here.</summary>
    public static char? Normalize(char typed)
    {
        var c = char.ToLowerInvariant(typed);
        if (c is >= '1' and <= '5' or 'н' or 'б' or 'о' or 'п' or 'у' or 'з' or 'а' or 'ч' or 'е' or 'и' or ' ')
            return c;
        return Layout.TryGetValue(c, out var ru) ? ru : null;
    }

    /// <param name="previous">The cell's marks before: a mark typed again at the same place keeps its work type and weight.</param>
    public static CellContent Parse(string? text, MarkList previous, WorkType defaultWorkType, GradingScale scale)
    {
        var s = new StringBuilder();
        foreach (var ch in (text ?? "").Trim())
            s.Append(Normalize(ch) ?? throw new DomainException($"«{ch}» — не отметка и не код посещаемости. Допустимо: 1–5, з, нз, н, б, оп, уп.", "cell"));
        var rest = s.ToString().Replace(" ", "");
        var values = new List<MarkValue>();
        AttendanceCode? attendance = null;
        var i = 0;
        while (i < rest.Length)
        {
            if (char.IsAsciiDigit(rest[i]))
            {
                values.Add(MarkValue.Score(rest[i] - '0'));
                i++;
                continue;
            }
            var token = Tokens.FirstOrDefault(t => string.CompareOrdinal(rest, i, t, 0, t.Length) == 0)
                ?? throw new DomainException($"Не понимаю «{rest[i..]}». Допустимо: 1–5, з, нз, н, б, оп, уп.", "cell");
            i += token.Length;
            switch (token)
            {
                case "з" or "зач":
                    values.Add(MarkValue.Pass);
                    break;
                case "нз" or "незач":
                    values.Add(MarkValue.Fail);
                    break;
                default:
                    if (attendance is not null)
                        throw new DomainException("В клетке может быть только один код посещаемости.", "cell");
                    attendance = Attendance.Parse(token);
                    break;
            }
        }
        foreach (var v in values)
            v.CheckScale(scale);
        var marks = values.Select((v, n) => n < previous.Items.Count && previous.Items[n].Value == v
            ? previous.Items[n]
            : new Mark(v, defaultWorkType));
        return new CellContent(new MarkList(marks), attendance);
    }

    /// <summary>Reads a final mark (итоговая отметка): one mark of the subject's scale, or nothing (empty text clears it).</summary>
    public static MarkValue? ParseFinal(string? text, GradingScale scale)
    {
        var content = Parse(text, MarkList.Empty, WorkType.Answer, scale);
        if (content.Attendance is not null)
            throw new DomainException("Итоговая отметка ставится без кода посещаемости.", "final");
        if (content.Marks.Items.Count > 1)
            throw new DomainException("Итоговая отметка — одна: введите одну отметку.", "final");
        return content.Marks.IsEmpty ? null : content.Marks.Items[0].Value;
    }
}
