using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.DataQuality;

/// <summary>What a calculation covers: the region, one district or one school.</summary>
public sealed record QualityScope(int? MunicipalityId, int? SchoolId)
{
    public static QualityScope Region { get; } = new(null, null);

    public static QualityScope District(int municipalityId) => new(municipalityId, null);

    public static QualityScope School(int schoolId) => new(null, schoolId);

    public AccessScope Access => SchoolId is { } s ? AccessScope.School(s) : MunicipalityId is { } m ? AccessScope.Municipality(m) : AccessScope.System;

    public override string ToString() => SchoolId is { } s ? $"школа {s}" : MunicipalityId is { } m ? $"муниципалитет {m}" : "весь регион";
}
