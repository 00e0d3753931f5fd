using System.Text.RegularExpressions;

namespace SchoolPortal.Tests.Components;

/// <summary>
/// One spelling throughout, the one SGO uses in its menus (the briefing): «Отчет», «учетная запись», without ё. A page
/// saying «Отчёт» beside a menu saying «Отчеты» looks like two systems to a user.
/// </summary>
public sealed partial class SgoSpellingTests
{
    [GeneratedRegex("[Оо]тчёт|ОТЧЁТ|[Уу]чётн|УЧЁТН")]
    private static partial Regex WithYo();

    [Fact]
    public void No_page_or_message_writes_report_or_account_with_yo()
    {
        var root = SolutionRoot();
        var found = new[] { "SchoolPortal", "SchoolPortal.Domain" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(root, f), Line: i + 1, Text: line)))
            .Where(l => WithYo().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, "Пишите «Отчет», «учетная» (как в СГО):\n" + string.Join("\n", found));
    }

    private static string SolutionRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SchoolPortal.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("SchoolPortal.sln не найден выше папки тестов.");
    }
}
