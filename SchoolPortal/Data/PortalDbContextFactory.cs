using Microsoft.EntityFrameworkCore;

namespace SchoolPortal.Data;

/// <summary>Hands out the provider's context as a <see cref="PortalDbContext"/>, so the code above does not care which.</summary>
internal sealed class PortalDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext() => inner.CreateDbContext();
}
