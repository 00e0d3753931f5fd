namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The long-operation kinds of «Пакетное обновление» (files of more than <see cref="BatchUpdateService.InlineRows"/> rows).</summary>
public static class BatchOperationKinds
{
    public const string Export = "pupils-batch-export";
    public const string Preview = "pupils-batch-preview";
    public const string Apply = "pupils-batch-apply";
}
