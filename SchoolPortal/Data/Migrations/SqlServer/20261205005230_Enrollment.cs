using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Enrollment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdmissionCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    FirstStageStart = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstStageEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    SecondStageStart = table.Column<DateOnly>(type: "date", nullable: false),
                    SecondStageEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    OrderWorkingDays = table.Column<int>(type: "int", nullable: false),
                    DirectingAllowedFrom = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    EpguOrderId = table.Column<long>(type: "bigint", nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EpguFiledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    TenthGradeProfile = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ChildSurname = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ChildFirstName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ChildPatronymic = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ChildBirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildGender = table.Column<int>(type: "int", nullable: false),
                    ChildSnils = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    ChildDocumentKind = table.Column<int>(type: "int", nullable: true),
                    ChildDocumentSeries = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ChildDocumentNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ChildDocumentIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildDocumentIssuedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ChildBirthActNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ResidenceAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RegistrationAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ApplicantSurname = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ApplicantFirstName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ApplicantPatronymic = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ApplicantDocument = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ApplicantPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ApplicantEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    ApplicantRelation = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Right = table.Column<int>(type: "int", nullable: false),
                    RightDocument = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    SiblingName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    LivesOnTerritory = table.Column<bool>(type: "bit", nullable: false),
                    MatchedTerritoryLine = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Language = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NeedsAdaptedProgramme = table.Column<bool>(type: "bit", nullable: false),
                    FounderPermission = table.Column<bool>(type: "bit", nullable: false),
                    FounderPermissionDocument = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Stage = table.Column<int>(type: "int", nullable: true),
                    DuplicateOfId = table.Column<int>(type: "int", nullable: true),
                    PupilId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RefusalReason = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnrollmentApplications_EnrollmentApplications_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "EnrollmentApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EnrollmentApplications_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_EnrollmentApplications_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    ClassName = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FromNewYear = table.Column<bool>(type: "bit", nullable: false),
                    IsLate = table.Column<bool>(type: "bit", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnrollmentOrders_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EnrollmentOrders_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolDepartures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    PupilName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToSchoolId = table.Column<int>(type: "int", nullable: false),
                    ToSchoolName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolDepartures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolDepartures_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolPlaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Grade1Places = table.Column<int>(type: "int", nullable: false),
                    Grade10Places = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolPlaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolPlaces_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TerritoryLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    Settlement = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Street = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    SettlementKey = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    StreetKey = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Parity = table.Column<int>(type: "int", nullable: false),
                    HouseFrom = table.Column<int>(type: "int", nullable: true),
                    HouseTo = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerritoryLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerritoryLines_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationStatusChanges_EnrollmentApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "EnrollmentApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EpguStatusMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    ApplicationId = table.Column<int>(type: "int", nullable: false),
                    EpguOrderId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2500)", maxLength: 2500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpguStatusMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EpguStatusMessages_EnrollmentApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "EnrollmentApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EpguStatusMessages_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentOrderLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrderId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    ApplicationId = table.Column<int>(type: "int", nullable: false),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    ChildName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentOrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnrollmentOrderLines_EnrollmentApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "EnrollmentApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EnrollmentOrderLines_EnrollmentOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "EnrollmentOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EnrollmentOrderLines_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCampaigns_Year",
                table: "AdmissionCampaigns",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationStatusChanges_ApplicationId_At",
                table: "ApplicationStatusChanges",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDays_Date",
                table: "CalendarDays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_ChildBirthDate",
                table: "EnrollmentApplications",
                column: "ChildBirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_ChildDocumentNumber",
                table: "EnrollmentApplications",
                column: "ChildDocumentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_ChildSnils",
                table: "EnrollmentApplications",
                column: "ChildSnils");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_ChildSurname",
                table: "EnrollmentApplications",
                column: "ChildSurname");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_DuplicateOfId",
                table: "EnrollmentApplications",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_EpguOrderId",
                table: "EnrollmentApplications",
                column: "EpguOrderId",
                unique: true,
                filter: "[EpguOrderId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_Number",
                table: "EnrollmentApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_PupilId",
                table: "EnrollmentApplications",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_SchoolId_Status",
                table: "EnrollmentApplications",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentApplications_SchoolId_Year_Kind",
                table: "EnrollmentApplications",
                columns: new[] { "SchoolId", "Year", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentOrderLines_ApplicationId",
                table: "EnrollmentOrderLines",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentOrderLines_OrderId",
                table: "EnrollmentOrderLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentOrderLines_PupilId",
                table: "EnrollmentOrderLines",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentOrders_ClassId",
                table: "EnrollmentOrders",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentOrders_SchoolId_Date",
                table: "EnrollmentOrders",
                columns: new[] { "SchoolId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentOrders_Year_IsLate",
                table: "EnrollmentOrders",
                columns: new[] { "Year", "IsLate" });

            migrationBuilder.CreateIndex(
                name: "IX_EpguStatusMessages_ApplicationId",
                table: "EpguStatusMessages",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_EpguStatusMessages_SchoolId",
                table: "EpguStatusMessages",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_EpguStatusMessages_SentAt_Id",
                table: "EpguStatusMessages",
                columns: new[] { "SentAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolDepartures_PupilId",
                table: "SchoolDepartures",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolDepartures_SchoolId_On",
                table: "SchoolDepartures",
                columns: new[] { "SchoolId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolPlaces_SchoolId_Year",
                table: "SchoolPlaces",
                columns: new[] { "SchoolId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryLines_SchoolId",
                table: "TerritoryLines",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryLines_SettlementKey_StreetKey",
                table: "TerritoryLines",
                columns: new[] { "SettlementKey", "StreetKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdmissionCampaigns");

            migrationBuilder.DropTable(
                name: "ApplicationStatusChanges");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "EnrollmentOrderLines");

            migrationBuilder.DropTable(
                name: "EpguStatusMessages");

            migrationBuilder.DropTable(
                name: "SchoolDepartures");

            migrationBuilder.DropTable(
                name: "SchoolPlaces");

            migrationBuilder.DropTable(
                name: "TerritoryLines");

            migrationBuilder.DropTable(
                name: "EnrollmentOrders");

            migrationBuilder.DropTable(
                name: "EnrollmentApplications");
        }
    }
}
