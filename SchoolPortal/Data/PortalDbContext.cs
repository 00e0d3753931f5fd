using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.Epgu;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Data;

/// <summary>
/// The portal's database. A new context sees nothing (<see cref="AccessScope.Nobody"/>) until
/// <see cref="UseScope"/> is called: every read goes through the scope's query filters and every save is checked
/// against it, so a school's records cannot leak to another school through any service.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    private AccessScope _scope = AccessScope.Nobody;

    // Query filters read these three members; EF Core turns them into parameters of every query.
    private bool ScopeUnrestricted => _scope.Unrestricted;
    private int? ScopeSchoolId => _scope.SchoolId;
    private int? ScopeMunicipalityId => _scope.MunicipalityId;

    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<AcademicYear> AcademicYears => Set<AcademicYear>();
    public DbSet<StudyPeriod> StudyPeriods => Set<StudyPeriod>();
    public DbSet<HolidayPeriod> HolidayPeriods => Set<HolidayPeriod>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<Pupil> Pupils => Set<Pupil>();
    public DbSet<ClassMembership> ClassMemberships => Set<ClassMembership>();
    public DbSet<Parent> Parents => Set<Parent>();
    public DbSet<ParentLink> ParentLinks => Set<ParentLink>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<Workload> Workloads => Set<Workload>();
    public DbSet<Bell> Bells => Set<Bell>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<TimetableEntry> Timetable => Set<TimetableEntry>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<Substitution> Substitutions => Set<Substitution>();
    public DbSet<YearEvent> YearEvents => Set<YearEvent>();
    public DbSet<PupilEvent> PupilEvents => Set<PupilEvent>();
    public DbSet<JournalCell> JournalCells => Set<JournalCell>();
    public DbSet<FinalMark> FinalMarks => Set<FinalMark>();
    public DbSet<EsiaLoginState> EsiaLoginStates => Set<EsiaLoginState>();
    public DbSet<EsiaProfile> EsiaProfiles => Set<EsiaProfile>();
    public DbSet<LinkCode> LinkCodes => Set<LinkCode>();
    public DbSet<EpguPublication> EpguPublications => Set<EpguPublication>();
    public DbSet<LongOperation> LongOperations => Set<LongOperation>();
    public DbSet<ParentMerge> ParentMerges => Set<ParentMerge>();
    public DbSet<DuplicateOverride> DuplicateOverrides => Set<DuplicateOverride>();
    public DbSet<QualityScore> QualityScores => Set<QualityScore>();
    public DbSet<GirVuExchange> GirVuExchanges => Set<GirVuExchange>();
    public DbSet<GirVuSubmission> GirVuSubmissions => Set<GirVuSubmission>();
    public DbSet<RolloverPlan> RolloverPlans => Set<RolloverPlan>();
    public DbSet<ClassTransition> ClassTransitions => Set<ClassTransition>();
    public DbSet<PupilMove> PupilMoves => Set<PupilMove>();
    public DbSet<StaffMove> StaffMoves => Set<StaffMove>();
    public DbSet<EnrollmentApplication> EnrollmentApplications => Set<EnrollmentApplication>();
    public DbSet<ApplicationStatusChange> ApplicationStatusChanges => Set<ApplicationStatusChange>();
    public DbSet<EpguStatusMessage> EpguStatusMessages => Set<EpguStatusMessage>();
    public DbSet<EnrollmentOrder> EnrollmentOrders => Set<EnrollmentOrder>();
    public DbSet<EnrollmentOrderLine> EnrollmentOrderLines => Set<EnrollmentOrderLine>();
    public DbSet<SchoolPlaces> SchoolPlaces => Set<SchoolPlaces>();
    public DbSet<TerritoryLine> TerritoryLines => Set<TerritoryLine>();
    public DbSet<SchoolDeparture> SchoolDepartures => Set<SchoolDeparture>();
    // «Летний отдых»: the camps, shifts and seasons are the region's public catalogue (everyone reads them; ScopeGuard
    // lets a district write only its own camps); applications are scoped to the child's school and the camp's district.
    public DbSet<Camp> Camps => Set<Camp>();
    public DbSet<CampShift> CampShifts => Set<CampShift>();
    public DbSet<CampSeason> CampSeasons => Set<CampSeason>();
    public DbSet<CampApplication> CampApplications => Set<CampApplication>();
    public DbSet<CampStatusChange> CampStatusChanges => Set<CampStatusChange>();
    public DbSet<CampNotice> CampNotices => Set<CampNotice>();
    public DbSet<CampEpguMessage> CampEpguMessages => Set<CampEpguMessage>();
    // The region's settings: everyone reads them, only the region operator's unrestricted scope writes them (ScopeGuard).
    public DbSet<AdmissionCampaign> AdmissionCampaigns => Set<AdmissionCampaign>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    // State every node must share: the Data Protection key ring, the portal's own secrets, the ESIA emulator's codes and
    // the probe job's runs. No school owns them: system code alone writes them (ScopeGuard).
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<PortalSecret> PortalSecrets => Set<PortalSecret>();
    public DbSet<EsiaEmulatorCode> EsiaEmulatorCodes => Set<EsiaEmulatorCode>();
    public DbSet<JobProbeRun> JobProbeRuns => Set<JobProbeRun>();

    public AccessScope Scope => _scope;

    /// <summary>Who is acting: written into the audit log.</summary>
    public AuditActor Actor { get; private set; } = AuditActor.System;

    public PortalDbContext UseScope(AccessScope scope, AuditActor actor)
    {
        _scope = scope;
        Actor = actor;
        return this;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        modelBuilder.Entity<School>().HasQueryFilter(s =>
            ScopeUnrestricted || s.Id == ScopeSchoolId || s.MunicipalityId == ScopeMunicipalityId);
        modelBuilder.Entity<AcademicYear>().HasQueryFilter(y => Schools.Any(s => s.Id == y.SchoolId));
        modelBuilder.Entity<StudyPeriod>().HasQueryFilter(p => ScopeUnrestricted || AcademicYears.Any(y => y.Id == p.AcademicYearId));
        SchoolFilter<Subject>(modelBuilder);
        SchoolFilter<Workload>(modelBuilder);
        SchoolFilter<Bell>(modelBuilder);
        SchoolFilter<GroupMember>(modelBuilder);
        SchoolFilter<TimetableEntry>(modelBuilder);
        SchoolFilter<Lesson>(modelBuilder);
        SchoolFilter<Substitution>(modelBuilder);
        SchoolFilter<YearEvent>(modelBuilder);
        SchoolFilter<PupilEvent>(modelBuilder);
        SchoolFilter<JournalCell>(modelBuilder);
        SchoolFilter<FinalMark>(modelBuilder);
        SchoolFilter<GirVuExchange>(modelBuilder);
        SchoolFilter<GirVuSubmission>(modelBuilder);
        SchoolFilter<RolloverPlan>(modelBuilder);
        SchoolFilter<ClassTransition>(modelBuilder);
        SchoolFilter<PupilMove>(modelBuilder);
        SchoolFilter<StaffMove>(modelBuilder);
        SchoolFilter<EnrollmentApplication>(modelBuilder);
        SchoolFilter<EpguStatusMessage>(modelBuilder);
        SchoolFilter<EnrollmentOrder>(modelBuilder);
        SchoolFilter<EnrollmentOrderLine>(modelBuilder);
        SchoolFilter<SchoolPlaces>(modelBuilder);
        SchoolFilter<TerritoryLine>(modelBuilder);
        SchoolFilter<SchoolDeparture>(modelBuilder);
        modelBuilder.Entity<CampApplication>().HasQueryFilter(a => ScopeUnrestricted || a.SchoolId == ScopeSchoolId
            || a.MunicipalityId == ScopeMunicipalityId || (ScopeMunicipalityId != null && Schools.Any(s => s.Id == a.SchoolId)));
        modelBuilder.Entity<CampNotice>().HasQueryFilter(n => ScopeUnrestricted || CampApplications.Any(a => a.Id == n.ApplicationId));
        modelBuilder.Entity<CampEpguMessage>().HasQueryFilter(m => ScopeUnrestricted || CampApplications.Any(a => a.Id == m.ApplicationId));
        modelBuilder.Entity<CampStatusChange>().HasQueryFilter(h => ScopeUnrestricted || CampApplications.Any(a => a.Id == h.ApplicationId));
        modelBuilder.Entity<ApplicationStatusChange>().HasQueryFilter(h => ScopeUnrestricted || EnrollmentApplications.Any(a => a.Id == h.ApplicationId));
        modelBuilder.Entity<QualityScore>().HasQueryFilter(q => ScopeUnrestricted || q.SchoolId == ScopeSchoolId || q.MunicipalityId == ScopeMunicipalityId);
        modelBuilder.Entity<SchoolClass>().HasQueryFilter(c => ScopeUnrestricted || c.SchoolId == ScopeSchoolId
            || (ScopeMunicipalityId != null && Schools.Any(s => s.Id == c.SchoolId)));
        modelBuilder.Entity<Pupil>().HasQueryFilter(p => ScopeUnrestricted || p.SchoolId == ScopeSchoolId
            || (ScopeMunicipalityId != null && Schools.Any(s => s.Id == p.SchoolId)));
        modelBuilder.Entity<Employee>().HasQueryFilter(e => ScopeUnrestricted || e.SchoolId == ScopeSchoolId
            || (ScopeMunicipalityId != null && Schools.Any(s => s.Id == e.SchoolId)));
        modelBuilder.Entity<ClassMembership>().HasQueryFilter(m => ScopeUnrestricted || Pupils.Any(p => p.Id == m.PupilId));
        modelBuilder.Entity<ParentLink>().HasQueryFilter(l => ScopeUnrestricted || Pupils.Any(p => p.Id == l.PupilId));
        // A parent is visible to a school when one of the parent's children is.
        modelBuilder.Entity<Parent>().HasQueryFilter(p => ScopeUnrestricted || ParentLinks.Any(l => l.ParentId == p.Id));
        modelBuilder.Entity<UserAccount>().HasQueryFilter(a => ScopeUnrestricted
            || (a.SchoolId != null && Schools.Any(s => s.Id == a.SchoolId))
            || (a.ParentId != null && Parents.Any(p => p.Id == a.ParentId)));
        modelBuilder.Entity<AuditEntry>().HasQueryFilter(a => ScopeUnrestricted
            || (a.SchoolId != null && Schools.Any(s => s.Id == a.SchoolId)));
    }

    /// <summary>The filter of a record that carries its school: the school itself, or any school of the district.</summary>
    private void SchoolFilter<T>(ModelBuilder modelBuilder) where T : class, ISchoolScoped =>
        modelBuilder.Entity<T>().HasQueryFilter(x => ScopeUnrestricted || x.SchoolId == ScopeSchoolId
            || (ScopeMunicipalityId != null && Schools.Any(s => s.Id == x.SchoolId)));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        await new ScopeGuard(this).CheckAsync(cancellationToken);
        var trail = AuditTrail.Collect(this);
        // Changes were detected above: the saves below need not walk every tracked record again.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            if (trail.IsEmpty)
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (!trail.AwaitsIds && !Database.IsSqlite())
            {
                // Every audited record already has its id: the change and its audit entries go in one save, one transaction.
                AuditLog.AddRange(trail.Complete());
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            // The change first (records created in it get their ids), then its audit entries, together or not at all.
            var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (Database.IsSqlite())
                {
                    written += await AuditLogInserts.InsertAsync(this, trail.Complete(), cancellationToken);
                }
                else
                {
                    AuditLog.AddRange(trail.Complete());
                    written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                }
                if (ownTransaction is not null)
                    await ownTransaction.CommitAsync(cancellationToken);
                return written;
            }
            finally
            {
                if (ownTransaction is not null)
                    await ownTransaction.DisposeAsync();
            }
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
