using SchoolPortal.Features.Pupils;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>«Выберите параметры экспорта»: the list's filter and the chosen fields (null: «Полный список полей»). Keys are always written.</summary>
public sealed record BatchExportRequest(PupilFilter Filter, IReadOnlyList<string>? PupilFields = null, IReadOnlyList<string>? ParentFields = null);
