namespace SchoolPortal.Features.Pupils;

/// <summary>The pupil list as downloaded by «Загрузить».</summary>
public sealed record PupilListFile(byte[] Excel, string FileName, int Rows);
