using OfficeOpenXml;

namespace SchoolPortal.Infrastructure.Excel;

/// <summary>
/// Every EPPlus package the portal makes or reads comes from here, and none is disposed. EPPlus 4.5's
/// <c>ExcelPackage.Dispose</c> ends with <c>GC.Collect()</c>: a full, blocking collection of the whole process for each
/// workbook. On a node that stops every open journal and page for as long as its heap takes to walk (a batch upload reads
/// its file twice, an export writes one); in the test run it was a fifth of the test host's processor time.
/// <para>
/// A package holds nothing but managed memory: its parts live on memory streams, a package opened from a file has read
/// it and one saved to a file has closed it again. Left alone, it is collected like any other object, so callers keep it
/// in a plain local (<c>var package = Workbooks.New();</c>), never in a <c>using</c>; <c>WorkbookDisposalTests</c> checks
/// the assemblies for both.
/// </para>
/// </summary>
public static class Workbooks
{
    /// <summary>An empty package to build a workbook in.</summary>
    public static ExcelPackage New() => new();

    /// <summary>The package of a workbook's bytes (an upload, an export); the bytes themselves are never written to.</summary>
    public static ExcelPackage Open(byte[] file) => new(new MemoryStream(file, writable: false));

    /// <summary>The package of a workbook file, read into memory; <c>Save()</c> writes it back.</summary>
    public static ExcelPackage Open(FileInfo file) => new(file);
}
