using System.Globalization;

namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// The command line of <c>journal-circuits</c> beside the runner's own options: <c>--teachers 10,25,50</c> (the numbers of
/// open journals, ascending, at least two different), <c>--seconds 60</c> (how long all open journals type at each
/// number), <c>--interval 3</c> (seconds between one teacher's marks) and <c>--portal</c> (a built SchoolPortal.dll).
/// </summary>
public sealed record JournalCircuitsOptions(IReadOnlyList<int> Teachers, int Seconds, int IntervalSeconds, string? PortalDll)
{
    public static IReadOnlyList<int> DefaultTeachers { get; } = [10, 25, 50];

    public static JournalCircuitsOptions Parse(string[] args)
    {
        var teachers = DefaultTeachers;
        if (CommandLine.Value(args, "--teachers") is { } list)
        {
            var parsed = new List<int>();
            foreach (var part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                    throw new ArgumentException($"--teachers: ожидаются положительные целые через запятую, получено «{list}».");
                parsed.Add(n);
            }
            teachers = parsed.Distinct().Order().ToList();
            if (teachers.Count < 2)
                throw new ArgumentException("--teachers: для наклона на открытый журнал нужны хотя бы два разных числа, например 2,4.");
        }
        var seconds = CommandLine.Positive(args, "--seconds", 60);
        var interval = CommandLine.Positive(args, "--interval", 3);
        if (interval > seconds)
            throw new ArgumentException($"--interval ({interval} s) больше --seconds ({seconds} s): ни одной отметки.");
        return new JournalCircuitsOptions(teachers, seconds, interval, CommandLine.Value(args, "--portal"));
    }

    /// <summary>Marks one teacher types at each number of open journals (the empty cells the journal must offer).</summary>
    public int MarksPerTeacher => Seconds / IntervalSeconds;
}
