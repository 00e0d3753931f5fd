using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActorAccountId = table.Column<int>(type: "int", nullable: true),
                    ActorLogin = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: true),
                    EntityType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    EntityId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<int>(type: "int", nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DuplicateOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntityType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    EntityId = table.Column<int>(type: "int", nullable: false),
                    MatchedEntityId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ByAccountId = table.Column<int>(type: "int", nullable: true),
                    ByLogin = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicateOverrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EsiaLoginStates",
                columns: table => new
                {
                    State = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EsiaLoginStates", x => x.State);
                });

            migrationBuilder.CreateTable(
                name: "EsiaProfiles",
                columns: table => new
                {
                    Oid = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    PersonJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DocsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    KidsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FailedLinkAttempts = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EsiaProfiles", x => x.Oid);
                });

            migrationBuilder.CreateTable(
                name: "LongOperations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: true),
                    RequestedByAccountId = table.Column<int>(type: "int", nullable: true),
                    RequestedByLogin = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    State = table.Column<int>(type: "int", nullable: false),
                    Done = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Error = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Instance = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    HeartbeatAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Parameters = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    InputName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: true),
                    Input = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    ResultName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: true),
                    Result = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LongOperations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Parents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Surname = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Patronymic = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Gender = table.Column<int>(type: "int", nullable: true),
                    DocumentKind = table.Column<int>(type: "int", nullable: true),
                    DocumentSeries = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DocumentNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    DocumentIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentIssuedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Snils = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    RegistrationAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    StayAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Citizenship = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    MergedIntoId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Schools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ShortName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Inn = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Ogrn = table.Column<string>(type: "nvarchar(15)", maxLength: 15, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    HeadName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schools_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParentMerges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KeptParentId = table.Column<int>(type: "int", nullable: false),
                    MergedParentId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ByAccountId = table.Column<int>(type: "int", nullable: true),
                    ByLogin = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Details = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UndoneAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UndoneByLogin = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParentMerges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParentMerges_Parents_KeptParentId",
                        column: x => x.KeptParentId,
                        principalTable: "Parents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParentMerges_Parents_MergedParentId",
                        column: x => x.MergedParentId,
                        principalTable: "Parents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AcademicYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    StartYear = table.Column<int>(type: "int", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcademicYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcademicYears_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bells",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "time", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bells", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bells_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Employees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    Surname = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Patronymic = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Gender = table.Column<int>(type: "int", nullable: false),
                    PassportKind = table.Column<int>(type: "int", nullable: true),
                    PassportSeries = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PassportNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    PassportIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PassportIssuedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Snils = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Position = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    OnMaternityLeave = table.Column<bool>(type: "bit", nullable: false),
                    Education = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DismissedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OriginEmployeeId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Employees_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GirVuExchanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PackageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FormatVersion = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    SentCount = table.Column<int>(type: "int", nullable: false),
                    InvalidCount = table.Column<int>(type: "int", nullable: false),
                    UnchangedCount = table.Column<int>(type: "int", nullable: false),
                    AcceptedCount = table.Column<int>(type: "int", nullable: false),
                    RejectedCount = table.Column<int>(type: "int", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GirVuExchanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GirVuExchanges_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QualityScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComputedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    RuleCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Checked = table.Column<int>(type: "int", nullable: false),
                    Failing = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityScores_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_QualityScores_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Subjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Grading = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Subjects_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HolidayPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AcademicYearId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HolidayPeriods_AcademicYears_AcademicYearId",
                        column: x => x.AcademicYearId,
                        principalTable: "AcademicYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RolloverPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    FromYearId = table.Column<int>(type: "int", nullable: false),
                    ToYearId = table.Column<int>(type: "int", nullable: false),
                    NewStartYear = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PeriodsConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClassesConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    MovementConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    HolidaysConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    StaffConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OpenedByLogin = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RolledBackAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OperationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RolloverPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RolloverPlans_AcademicYears_FromYearId",
                        column: x => x.FromYearId,
                        principalTable: "AcademicYears",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RolloverPlans_AcademicYears_ToYearId",
                        column: x => x.ToYearId,
                        principalTable: "AcademicYears",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RolloverPlans_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudyPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AcademicYearId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsClosed = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyPeriods_AcademicYears_AcademicYearId",
                        column: x => x.AcademicYearId,
                        principalTable: "AcademicYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    AcademicYearId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time", nullable: true),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    AudienceIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEvents_AcademicYears_AcademicYearId",
                        column: x => x.AcademicYearId,
                        principalTable: "AcademicYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YearEvents_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Classes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    AcademicYearId = table.Column<int>(type: "int", nullable: false),
                    Grade = table.Column<int>(type: "int", nullable: false),
                    Letter = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    HomeroomTeacherId = table.Column<int>(type: "int", nullable: true),
                    HolidayPeriodId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Classes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Classes_AcademicYears_AcademicYearId",
                        column: x => x.AcademicYearId,
                        principalTable: "AcademicYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Classes_Employees_HomeroomTeacherId",
                        column: x => x.HomeroomTeacherId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Classes_HolidayPeriods_HolidayPeriodId",
                        column: x => x.HolidayPeriodId,
                        principalTable: "HolidayPeriods",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Classes_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HolidayPeriodId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Holidays_HolidayPeriods_HolidayPeriodId",
                        column: x => x.HolidayPeriodId,
                        principalTable: "HolidayPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    EmployeeId = table.Column<int>(type: "int", nullable: false),
                    LeavesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Applied = table.Column<bool>(type: "bit", nullable: false),
                    PreviousDismissedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffMoves_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_StaffMoves_RolloverPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RolloverPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClassTransitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    FromClassId = table.Column<int>(type: "int", nullable: false),
                    ToClassId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClassTransitions_Classes_FromClassId",
                        column: x => x.FromClassId,
                        principalTable: "Classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ClassTransitions_Classes_ToClassId",
                        column: x => x.ToClassId,
                        principalTable: "Classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ClassTransitions_RolloverPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RolloverPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pupils",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    Surname = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Patronymic = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Gender = table.Column<int>(type: "int", nullable: false),
                    BirthCertificateKind = table.Column<int>(type: "int", nullable: true),
                    BirthCertificateSeries = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    BirthCertificateNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    BirthCertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthCertificateIssuedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    PassportKind = table.Column<int>(type: "int", nullable: true),
                    PassportSeries = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PassportNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    PassportIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PassportIssuedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Snils = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Citizenship = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Birthplace = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    RegistrationAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    StayAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    FormOfEducation = table.Column<int>(type: "int", nullable: false),
                    HomePhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    MobilePhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    MovementOfFirstsMember = table.Column<bool>(type: "bit", nullable: false),
                    Gifted = table.Column<bool>(type: "bit", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeavingOrder = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CurrentClassId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pupils", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pupils_Classes_CurrentClassId",
                        column: x => x.CurrentClassId,
                        principalTable: "Classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Pupils_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Timetable",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    StudyPeriodId = table.Column<int>(type: "int", nullable: false),
                    Weekday = table.Column<int>(type: "int", nullable: false),
                    LessonNumber = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<int>(type: "int", nullable: false),
                    TeacherId = table.Column<int>(type: "int", nullable: false),
                    Room = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Group = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timetable", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Timetable_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Timetable_Employees_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Timetable_StudyPeriods_StudyPeriodId",
                        column: x => x.StudyPeriodId,
                        principalTable: "StudyPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Timetable_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Workloads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    AcademicYearId = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<int>(type: "int", nullable: false),
                    TeacherId = table.Column<int>(type: "int", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: false),
                    Group = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workloads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workloads_AcademicYears_AcademicYearId",
                        column: x => x.AcademicYearId,
                        principalTable: "AcademicYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workloads_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workloads_Employees_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workloads_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClassMemberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    SchoolClassId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClassMemberships_Classes_SchoolClassId",
                        column: x => x.SchoolClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClassMemberships_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EpguPublications",
                columns: table => new
                {
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpguPublications", x => x.PupilId);
                    table.ForeignKey(
                        name: "FK_EpguPublications_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinalMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    AcademicYearId = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<int>(type: "int", nullable: false),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    StudyPeriodId = table.Column<int>(type: "int", nullable: true),
                    Value = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinalMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinalMarks_AcademicYears_AcademicYearId",
                        column: x => x.AcademicYearId,
                        principalTable: "AcademicYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FinalMarks_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FinalMarks_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FinalMarks_StudyPeriods_StudyPeriodId",
                        column: x => x.StudyPeriodId,
                        principalTable: "StudyPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FinalMarks_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GirVuSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ExchangeId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    Fingerprint = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ErrorsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GirVuSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GirVuSubmissions_GirVuExchanges_ExchangeId",
                        column: x => x.ExchangeId,
                        principalTable: "GirVuExchanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GirVuSubmissions_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "GroupMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<int>(type: "int", nullable: false),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    Group = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupMembers_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupMembers_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupMembers_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParentLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: false),
                    Relation = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParentLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParentLinks_Parents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Parents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParentLinks_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PupilEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time", nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Author = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PupilEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PupilEvents_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PupilEvents_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PupilMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    TargetClassId = table.Column<int>(type: "int", nullable: true),
                    LeavesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OrderNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Applied = table.Column<bool>(type: "bit", nullable: false),
                    PreviousStatus = table.Column<int>(type: "int", nullable: true),
                    PreviousClassId = table.Column<int>(type: "int", nullable: true),
                    PreviousLeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PreviousLeavingOrder = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ClosedMembershipId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PupilMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PupilMoves_Classes_TargetClassId",
                        column: x => x.TargetClassId,
                        principalTable: "Classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PupilMoves_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PupilMoves_RolloverPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RolloverPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserAccounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Login = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Roles = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: true),
                    MunicipalityId = table.Column<int>(type: "int", nullable: true),
                    PupilId = table.Column<int>(type: "int", nullable: true),
                    ParentId = table.Column<int>(type: "int", nullable: true),
                    EmployeeId = table.Column<int>(type: "int", nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EsiaOid = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    MustChangePassword = table.Column<bool>(type: "bit", nullable: false),
                    LastLoginAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FailedSignIns = table.Column<int>(type: "int", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IsDisabled = table.Column<bool>(type: "bit", nullable: false),
                    SecurityStamp = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserAccounts_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UserAccounts_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UserAccounts_Parents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Parents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UserAccounts_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UserAccounts_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lessons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    StudyPeriodId = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<int>(type: "int", nullable: false),
                    TeacherId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Room = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Group = table.Column<int>(type: "int", nullable: true),
                    TimetableEntryId = table.Column<int>(type: "int", nullable: true),
                    Topic = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    WorkType = table.Column<int>(type: "int", nullable: false),
                    Homework = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    HomeworkLink = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    HomeworkDueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lessons_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lessons_Employees_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lessons_StudyPeriods_StudyPeriodId",
                        column: x => x.StudyPeriodId,
                        principalTable: "StudyPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lessons_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lessons_Timetable_TimetableEntryId",
                        column: x => x.TimetableEntryId,
                        principalTable: "Timetable",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LinkCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    CodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IssuedByAccountId = table.Column<int>(type: "int", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkCodes_UserAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "UserAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JournalCells",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    LessonId = table.Column<int>(type: "int", nullable: false),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    Marks = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Attendance = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalCells", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalCells_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JournalCells_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Substitutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    LessonId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    LessonNumber = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    AbsentTeacherId = table.Column<int>(type: "int", nullable: false),
                    SubstituteTeacherId = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<int>(type: "int", nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Substitutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Substitutions_Employees_AbsentTeacherId",
                        column: x => x.AbsentTeacherId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Substitutions_Employees_SubstituteTeacherId",
                        column: x => x.SubstituteTeacherId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Substitutions_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Substitutions_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AcademicYears_SchoolId_StartYear",
                table: "AcademicYears",
                columns: new[] { "SchoolId", "StartYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_EntityType_EntityId",
                table: "AuditLog",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_SchoolId_At",
                table: "AuditLog",
                columns: new[] { "SchoolId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Bells_SchoolId_Number",
                table: "Bells",
                columns: new[] { "SchoolId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Classes_AcademicYearId",
                table: "Classes",
                column: "AcademicYearId");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_HolidayPeriodId",
                table: "Classes",
                column: "HolidayPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_HomeroomTeacherId",
                table: "Classes",
                column: "HomeroomTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_SchoolId_AcademicYearId_Grade_Letter",
                table: "Classes",
                columns: new[] { "SchoolId", "AcademicYearId", "Grade", "Letter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClassMemberships_PupilId_SchoolClassId_From",
                table: "ClassMemberships",
                columns: new[] { "PupilId", "SchoolClassId", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClassMemberships_SchoolClassId",
                table: "ClassMemberships",
                column: "SchoolClassId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassTransitions_FromClassId",
                table: "ClassTransitions",
                column: "FromClassId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassTransitions_PlanId_FromClassId",
                table: "ClassTransitions",
                columns: new[] { "PlanId", "FromClassId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClassTransitions_ToClassId",
                table: "ClassTransitions",
                column: "ToClassId");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateOverrides_EntityType_EntityId",
                table: "DuplicateOverrides",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateOverrides_EntityType_MatchedEntityId",
                table: "DuplicateOverrides",
                columns: new[] { "EntityType", "MatchedEntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_BirthDate",
                table: "Employees",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_OriginEmployeeId",
                table: "Employees",
                column: "OriginEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_PassportNumber",
                table: "Employees",
                column: "PassportNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_SchoolId",
                table: "Employees",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Snils",
                table: "Employees",
                column: "Snils");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Surname",
                table: "Employees",
                column: "Surname");

            migrationBuilder.CreateIndex(
                name: "IX_EsiaLoginStates_ExpiresAt",
                table: "EsiaLoginStates",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_FinalMarks_AcademicYearId",
                table: "FinalMarks",
                column: "AcademicYearId");

            migrationBuilder.CreateIndex(
                name: "IX_FinalMarks_ClassId_SubjectId_PupilId_StudyPeriodId",
                table: "FinalMarks",
                columns: new[] { "ClassId", "SubjectId", "PupilId", "StudyPeriodId" },
                unique: true,
                filter: "[StudyPeriodId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FinalMarks_PupilId",
                table: "FinalMarks",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_FinalMarks_StudyPeriodId",
                table: "FinalMarks",
                column: "StudyPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_FinalMarks_SubjectId",
                table: "FinalMarks",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_GirVuExchanges_PackageId",
                table: "GirVuExchanges",
                column: "PackageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GirVuExchanges_RunId_SchoolId",
                table: "GirVuExchanges",
                columns: new[] { "RunId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_GirVuExchanges_SchoolId_CreatedAt",
                table: "GirVuExchanges",
                columns: new[] { "SchoolId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GirVuSubmissions_ExchangeId_PupilId",
                table: "GirVuSubmissions",
                columns: new[] { "ExchangeId", "PupilId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GirVuSubmissions_PupilId_Status",
                table: "GirVuSubmissions",
                columns: new[] { "PupilId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GirVuSubmissions_SchoolId_ExchangeId",
                table: "GirVuSubmissions",
                columns: new[] { "SchoolId", "ExchangeId" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_ClassId_SubjectId_PupilId",
                table: "GroupMembers",
                columns: new[] { "ClassId", "SubjectId", "PupilId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_PupilId",
                table: "GroupMembers",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_SubjectId",
                table: "GroupMembers",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_HolidayPeriods_AcademicYearId",
                table: "HolidayPeriods",
                column: "AcademicYearId");

            migrationBuilder.CreateIndex(
                name: "IX_Holidays_HolidayPeriodId",
                table: "Holidays",
                column: "HolidayPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalCells_LessonId_PupilId",
                table: "JournalCells",
                columns: new[] { "LessonId", "PupilId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalCells_PupilId",
                table: "JournalCells",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_ClassId_SubjectId_StudyPeriodId_Date",
                table: "Lessons",
                columns: new[] { "ClassId", "SubjectId", "StudyPeriodId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_SchoolId_Date",
                table: "Lessons",
                columns: new[] { "SchoolId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_StudyPeriodId",
                table: "Lessons",
                column: "StudyPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_SubjectId",
                table: "Lessons",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_TeacherId_Date",
                table: "Lessons",
                columns: new[] { "TeacherId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_TimetableEntryId",
                table: "Lessons",
                column: "TimetableEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkCodes_AccountId",
                table: "LinkCodes",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkCodes_CodeHash",
                table: "LinkCodes",
                column: "CodeHash");

            migrationBuilder.CreateIndex(
                name: "IX_LongOperations_SchoolId_Kind_RequestedAt",
                table: "LongOperations",
                columns: new[] { "SchoolId", "Kind", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LongOperations_State",
                table: "LongOperations",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_Name",
                table: "Municipalities",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParentLinks_ParentId",
                table: "ParentLinks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ParentLinks_PupilId_ParentId",
                table: "ParentLinks",
                columns: new[] { "PupilId", "ParentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParentMerges_KeptParentId",
                table: "ParentMerges",
                column: "KeptParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ParentMerges_MergedParentId",
                table: "ParentMerges",
                column: "MergedParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Parents_BirthDate",
                table: "Parents",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Parents_DocumentNumber",
                table: "Parents",
                column: "DocumentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Parents_MergedIntoId",
                table: "Parents",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Parents_Snils",
                table: "Parents",
                column: "Snils");

            migrationBuilder.CreateIndex(
                name: "IX_Parents_Surname",
                table: "Parents",
                column: "Surname");

            migrationBuilder.CreateIndex(
                name: "IX_PupilEvents_PupilId_Date",
                table: "PupilEvents",
                columns: new[] { "PupilId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PupilEvents_SchoolId",
                table: "PupilEvents",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_PupilMoves_PlanId_PupilId",
                table: "PupilMoves",
                columns: new[] { "PlanId", "PupilId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PupilMoves_PupilId",
                table: "PupilMoves",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_PupilMoves_TargetClassId",
                table: "PupilMoves",
                column: "TargetClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_BirthCertificateNumber",
                table: "Pupils",
                column: "BirthCertificateNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_BirthDate",
                table: "Pupils",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_CurrentClassId",
                table: "Pupils",
                column: "CurrentClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_PassportNumber",
                table: "Pupils",
                column: "PassportNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_SchoolId_Status_CurrentClassId",
                table: "Pupils",
                columns: new[] { "SchoolId", "Status", "CurrentClassId" });

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_Snils",
                table: "Pupils",
                column: "Snils");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_Surname",
                table: "Pupils",
                column: "Surname");

            migrationBuilder.CreateIndex(
                name: "IX_QualityScores_ComputedOn_SchoolId_RuleCode",
                table: "QualityScores",
                columns: new[] { "ComputedOn", "SchoolId", "RuleCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityScores_MunicipalityId_ComputedOn",
                table: "QualityScores",
                columns: new[] { "MunicipalityId", "ComputedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityScores_SchoolId_ComputedOn",
                table: "QualityScores",
                columns: new[] { "SchoolId", "ComputedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RolloverPlans_FromYearId",
                table: "RolloverPlans",
                column: "FromYearId");

            migrationBuilder.CreateIndex(
                name: "IX_RolloverPlans_NewStartYear_State",
                table: "RolloverPlans",
                columns: new[] { "NewStartYear", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_RolloverPlans_SchoolId_NewStartYear",
                table: "RolloverPlans",
                columns: new[] { "SchoolId", "NewStartYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RolloverPlans_ToYearId",
                table: "RolloverPlans",
                column: "ToYearId");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_Inn",
                table: "Schools",
                column: "Inn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Schools_MunicipalityId",
                table: "Schools",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMoves_EmployeeId",
                table: "StaffMoves",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMoves_PlanId_EmployeeId",
                table: "StaffMoves",
                columns: new[] { "PlanId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudyPeriods_AcademicYearId_Number",
                table: "StudyPeriods",
                columns: new[] { "AcademicYearId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subjects_SchoolId_Name",
                table: "Subjects",
                columns: new[] { "SchoolId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_AbsentTeacherId",
                table: "Substitutions",
                column: "AbsentTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_LessonId",
                table: "Substitutions",
                column: "LessonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_SchoolId_Date",
                table: "Substitutions",
                columns: new[] { "SchoolId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_SubjectId",
                table: "Substitutions",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_SubstituteTeacherId_Date",
                table: "Substitutions",
                columns: new[] { "SubstituteTeacherId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Timetable_ClassId_StudyPeriodId_Weekday_LessonNumber",
                table: "Timetable",
                columns: new[] { "ClassId", "StudyPeriodId", "Weekday", "LessonNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Timetable_StudyPeriodId",
                table: "Timetable",
                column: "StudyPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Timetable_SubjectId",
                table: "Timetable",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Timetable_TeacherId_StudyPeriodId",
                table: "Timetable",
                columns: new[] { "TeacherId", "StudyPeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_EmployeeId",
                table: "UserAccounts",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_EsiaOid",
                table: "UserAccounts",
                column: "EsiaOid",
                unique: true,
                filter: "[EsiaOid] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_Login",
                table: "UserAccounts",
                column: "Login",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_MunicipalityId",
                table: "UserAccounts",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_ParentId",
                table: "UserAccounts",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_PupilId",
                table: "UserAccounts",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_SchoolId",
                table: "UserAccounts",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Workloads_AcademicYearId",
                table: "Workloads",
                column: "AcademicYearId");

            migrationBuilder.CreateIndex(
                name: "IX_Workloads_ClassId_SubjectId_Group",
                table: "Workloads",
                columns: new[] { "ClassId", "SubjectId", "Group" },
                unique: true,
                filter: "[Group] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Workloads_SchoolId",
                table: "Workloads",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Workloads_SubjectId",
                table: "Workloads",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Workloads_TeacherId",
                table: "Workloads",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_YearEvents_AcademicYearId",
                table: "YearEvents",
                column: "AcademicYearId");

            migrationBuilder.CreateIndex(
                name: "IX_YearEvents_SchoolId_Date",
                table: "YearEvents",
                columns: new[] { "SchoolId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Bells");

            migrationBuilder.DropTable(
                name: "ClassMemberships");

            migrationBuilder.DropTable(
                name: "ClassTransitions");

            migrationBuilder.DropTable(
                name: "DuplicateOverrides");

            migrationBuilder.DropTable(
                name: "EpguPublications");

            migrationBuilder.DropTable(
                name: "EsiaLoginStates");

            migrationBuilder.DropTable(
                name: "EsiaProfiles");

            migrationBuilder.DropTable(
                name: "FinalMarks");

            migrationBuilder.DropTable(
                name: "GirVuSubmissions");

            migrationBuilder.DropTable(
                name: "GroupMembers");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "JournalCells");

            migrationBuilder.DropTable(
                name: "LinkCodes");

            migrationBuilder.DropTable(
                name: "LongOperations");

            migrationBuilder.DropTable(
                name: "ParentLinks");

            migrationBuilder.DropTable(
                name: "ParentMerges");

            migrationBuilder.DropTable(
                name: "PupilEvents");

            migrationBuilder.DropTable(
                name: "PupilMoves");

            migrationBuilder.DropTable(
                name: "QualityScores");

            migrationBuilder.DropTable(
                name: "StaffMoves");

            migrationBuilder.DropTable(
                name: "Substitutions");

            migrationBuilder.DropTable(
                name: "Workloads");

            migrationBuilder.DropTable(
                name: "YearEvents");

            migrationBuilder.DropTable(
                name: "GirVuExchanges");

            migrationBuilder.DropTable(
                name: "UserAccounts");

            migrationBuilder.DropTable(
                name: "RolloverPlans");

            migrationBuilder.DropTable(
                name: "Lessons");

            migrationBuilder.DropTable(
                name: "Parents");

            migrationBuilder.DropTable(
                name: "Pupils");

            migrationBuilder.DropTable(
                name: "Timetable");

            migrationBuilder.DropTable(
                name: "Classes");

            migrationBuilder.DropTable(
                name: "StudyPeriods");

            migrationBuilder.DropTable(
                name: "Subjects");

            migrationBuilder.DropTable(
                name: "Employees");

            migrationBuilder.DropTable(
                name: "HolidayPeriods");

            migrationBuilder.DropTable(
                name: "AcademicYears");

            migrationBuilder.DropTable(
                name: "Schools");

            migrationBuilder.DropTable(
                name: "Municipalities");
        }
    }
}
