using Microsoft.EntityFrameworkCore;

namespace SchoolPortal.Data;

/// <summary>The production database. Its migrations are in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : PortalDbContext(options);
