using System.Text;
using System.Text.RegularExpressions;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Tests.Enrollment.Epgu;

/// <summary>docs/epgu-enrollment.md is what the SMEV adapter's developers read: its examples must be messages the portal takes.</summary>
public sealed partial class EpguEnrollmentDocumentTests
{
    [Fact]
    public void The_documented_examples_are_read_without_errors()
    {
        var blocks = JsonBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "epgu-enrollment.md"))).Select(m => m.Groups[1].Value).ToList();

        var application = EpguEnrollmentReader.ReadApplication(Encoding.UTF8.GetBytes(blocks[0]));
        var status = EpguEnrollmentReader.ReadStatus(Encoding.UTF8.GetBytes(blocks[1]));

        Assert.Empty(application.Errors);
        Assert.Empty(status.Errors);
        Assert.Equal(EpguApplicationMapper.Map(application.Value!, 1, "1", application.Value!.FiledAt).Errors, []);
        Assert.Equal((3_894_561_207L, 25), (status.Value!.OrderId, status.Value.StatusCode));
    }

    [Fact]
    public void The_documented_status_table_lists_every_code_with_the_comment_the_portal_sends()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "epgu-enrollment.md"));

        foreach (var status in Enum.GetValues<Domain.Enrollment.ApplicationStatus>())
        {
            var epgu = Domain.Enrollment.EpguStatusCodes.For(status, Domain.Enrollment.RefusalReason.NoPlaces);
            Assert.Contains($"| {epgu.Code} | {EpguStatusNames.Name(epgu.Code)} | {epgu.Comment} |", text);
        }
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SchoolPortal.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Не найден корень репозитория.");
    }
}
