using System.Globalization;
using System.Text.Json;

namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// What a page's renderer has spent so far, from Chromium's own counters (DevTools <c>Performance.getMetrics</c>): all
/// main-thread tasks, and of them layout, style recalculation and script, in seconds, and how many layouts. The benchmark
/// prints the difference over each step: the browser shares the portal's cores, so its work per mark is part of the figure.
/// </summary>
public sealed record PageWork(double TaskSeconds, double LayoutSeconds, double StyleSeconds, double ScriptSeconds, double Layouts)
{
    public static readonly PageWork None = new(0, 0, 0, 0, 0);

    public static PageWork From(JsonElement? metrics)
    {
        var values = new Dictionary<string, double>();
        if (metrics is { } m && m.TryGetProperty("metrics", out var list))
            foreach (var item in list.EnumerateArray())
                values[item.GetProperty("name").GetString() ?? ""] = item.GetProperty("value").GetDouble();
        double Value(string name) => values.GetValueOrDefault(name);
        return new PageWork(Value("TaskDuration"), Value("LayoutDuration"), Value("RecalcStyleDuration"), Value("ScriptDuration"), Value("LayoutCount"));
    }

    public static PageWork operator +(PageWork a, PageWork b) =>
        new(a.TaskSeconds + b.TaskSeconds, a.LayoutSeconds + b.LayoutSeconds, a.StyleSeconds + b.StyleSeconds, a.ScriptSeconds + b.ScriptSeconds, a.Layouts + b.Layouts);

    public static PageWork operator -(PageWork a, PageWork b) =>
        new(a.TaskSeconds - b.TaskSeconds, a.LayoutSeconds - b.LayoutSeconds, a.StyleSeconds - b.StyleSeconds, a.ScriptSeconds - b.ScriptSeconds, a.Layouts - b.Layouts);

    /// <summary>Per mark, in milliseconds: «задачи 41.0 ms (раскладка 12.3 ms, 6 раз; стили 3.1 ms; скрипты 9.9 ms)».</summary>
    public string PerMark(int marks) =>
        marks == 0 ? "н/д" : string.Create(CultureInfo.InvariantCulture,
            $"задачи {TaskSeconds * 1000 / marks:0.0} ms (раскладка {LayoutSeconds * 1000 / marks:0.0} ms, {Layouts / marks:0.0} раз; стили {StyleSeconds * 1000 / marks:0.0} ms; скрипты {ScriptSeconds * 1000 / marks:0.0} ms)");
}
