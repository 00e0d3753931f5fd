using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// How feature services that act for a signed-in user reach the database: a short-lived context already limited to the
/// current user's school or district (Blazor circuits live long; contexts must not). Code with no signed-in user (jobs,
/// long operations, sign-in, the demo seeding) and the few region-wide look-ups (the duplicate guard, the staff import)
/// take <c>IDbContextFactory</c> and open a <see cref="AccessScope.System"/> context, each saying why in one line.
/// </summary>
public sealed class PortalDb(IDbContextFactory<PortalDbContext> factory, ICurrentUser currentUser)
{
    public async Task<PortalDbContext> OpenAsync()
    {
        var user = await currentUser.GetAsync();
        return factory.CreateDbContext().UseScope(user.Scope, user.Actor);
    }

    public Task<PortalUser> UserAsync() => currentUser.GetAsync();

    /// <summary>
    /// A context without scope limits, acting as the current user (audited under their name), for the one write a service has
    /// already checked and that leaves the user's scope (an account handed over to another school on dismissal).
    /// </summary>
    public async Task<PortalDbContext> OpenUnscopedAsync()
    {
        var user = await currentUser.GetAsync();
        return factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
    }
}
