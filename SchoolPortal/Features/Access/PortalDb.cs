using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;

namespace SchoolPortal.Features.Access;

/// <summary>
/// The only way feature services reach the database: a short-lived context already limited to the current user's
/// school or district (Blazor circuits live long; contexts must not).
/// </summary>
public sealed class PortalDb(IDbContextFactory<PortalDbContext> factory, ICurrentUser currentUser)
{
    public async Task<PortalDbContext> OpenAsync()
    {
        var user = await currentUser.GetAsync();
        return factory.CreateDbContext().UseScope(user.Scope, user.Actor);
    }

    public Task<PortalUser> UserAsync() => currentUser.GetAsync();
}
