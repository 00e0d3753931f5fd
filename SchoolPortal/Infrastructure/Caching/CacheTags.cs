namespace SchoolPortal.Infrastructure.Caching;

/// <summary>
/// The one place that names cache tags: an entry carries the tags of the records it was read from, and a save that changes
/// one of those records removes the tag (<see cref="CacheInvalidation"/>), on every node when Redis is configured.
/// Tags hold record ids only, never names or documents.
/// </summary>
public static class CacheTags
{
    /// <summary>A parent record and its links to children: what a family sees.</summary>
    public static string Family(int parentId) => $"family:{parentId}";

    /// <summary>A user account: its state (blocked, security stamp) and the records it is tied to.</summary>
    public static string Account(int accountId) => $"account:{accountId}";

    /// <summary>A pupil record, its class memberships and its marks.</summary>
    public static string Pupil(int pupilId) => $"pupil:{pupilId}";

    /// <summary>A class and who is in it.</summary>
    public static string Class(int classId) => $"class:{classId}";

    public static string School(int schoolId) => $"school:{schoolId}";
}
