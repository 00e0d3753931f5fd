using SchoolPortal.Features.BatchUpdate;

namespace SchoolPortal.Tests.BatchUpdate;

public sealed class RecordKeysTests
{
    private static readonly RecordKeys Keys = new("a secret"u8.ToArray());

    [Fact]
    public void A_key_reads_back_as_its_school_and_record()
    {
        var key = Keys.Pupil(12, 3456);

        Assert.StartsWith("У-12-3456-", key);
        Assert.Equal(new RecordKey(RecordKind.Pupil, 12, 3456), Keys.Read(key, RecordKind.Pupil));
    }

    [Fact]
    public void A_key_with_another_id_or_school_typed_in_is_not_ours()
    {
        var key = Keys.Pupil(12, 3456);

        Assert.Null(Keys.Read(key.Replace("-3456-", "-3457-"), RecordKind.Pupil));
        Assert.Null(Keys.Read(key.Replace("У-12-", "У-13-"), RecordKind.Pupil));
        Assert.Null(Keys.Read(key, RecordKind.Parent));
        Assert.Null(Keys.Read("=HYPERLINK(\"http://x\")", RecordKind.Pupil));
    }

    [Fact]
    public void Keys_of_another_portal_secret_are_refused()
    {
        var other = new RecordKeys("another secret"u8.ToArray());

        Assert.Null(Keys.Read(other.Parent(1, 5), RecordKind.Parent));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+79123456789")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Text_excel_would_run_as_a_formula_is_escaped_and_comes_back_unchanged(string text)
    {
        var escaped = SafeCell.Escape(text);

        Assert.Equal("'" + text, escaped);
        Assert.Equal(text, SafeCell.Unescape(escaped));
    }
}
