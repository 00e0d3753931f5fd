namespace SchoolPortal.Infrastructure.Access;

/// <summary>What a session re-checks about its account: whether it is disabled, and its security stamp.</summary>
public sealed record AccountState(bool IsDisabled, string SecurityStamp)
{
    /// <summary>Whether a session issued with <paramref name="stamp"/> may go on.</summary>
    public bool Admits(string? stamp) => !IsDisabled && stamp is not null && stamp == SecurityStamp;
}
