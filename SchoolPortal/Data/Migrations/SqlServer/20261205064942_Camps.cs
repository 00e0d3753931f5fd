using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Camps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Camps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Camps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Camps_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampSeasons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    BookingOpensAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PaymentWorkingDays = table.Column<int>(type: "int", nullable: false),
                    VoucherWorkingDays = table.Column<int>(type: "int", nullable: false),
                    PayeeName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PayeeInn = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PayeeAccount = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PayeeBank = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PayeeBik = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    AllocationRound = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampSeasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CampShifts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Places = table.Column<int>(type: "int", nullable: false),
                    Taken = table.Column<int>(type: "int", nullable: false),
                    MinAge = table.Column<int>(type: "int", nullable: false),
                    MaxAge = table.Column<int>(type: "int", nullable: false),
                    FullPrice = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    ParentShare = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampShifts", x => x.Id);
                    table.CheckConstraint("CK_CampShifts_Taken", "Taken >= 0 AND Taken <= Places");
                    table.ForeignKey(
                        name: "FK_CampShifts_Camps_CampId",
                        column: x => x.CampId,
                        principalTable: "Camps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    EpguOrderId = table.Column<long>(type: "bigint", nullable: true),
                    PupilId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: false),
                    ChildSurname = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ChildFirstName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ChildPatronymic = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ChildBirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ApplicantSurname = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ApplicantFirstName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ApplicantPatronymic = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    FiledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    PriorityDocument = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Choice1ShiftId = table.Column<int>(type: "int", nullable: false),
                    Choice2ShiftId = table.Column<int>(type: "int", nullable: true),
                    Choice3ShiftId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ShiftId = table.Column<int>(type: "int", nullable: true),
                    GrantedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PaymentDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    AmountDue = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    VoucherNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PaidAmount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentReference = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    VoucherIssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampApplications_CampShifts_Choice1ShiftId",
                        column: x => x.Choice1ShiftId,
                        principalTable: "CampShifts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampApplications_CampShifts_Choice2ShiftId",
                        column: x => x.Choice2ShiftId,
                        principalTable: "CampShifts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CampApplications_CampShifts_Choice3ShiftId",
                        column: x => x.Choice3ShiftId,
                        principalTable: "CampShifts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CampApplications_CampShifts_ShiftId",
                        column: x => x.ShiftId,
                        principalTable: "CampShifts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CampApplications_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampApplications_Parents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Parents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampApplications_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampApplications_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParentId = table.Column<int>(type: "int", nullable: false),
                    ApplicationId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampNotices_CampApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CampApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CampNotices_Parents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Parents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampStatusChanges_CampApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CampApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_Choice1ShiftId",
                table: "CampApplications",
                column: "Choice1ShiftId");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_Choice2ShiftId",
                table: "CampApplications",
                column: "Choice2ShiftId");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_Choice3ShiftId",
                table: "CampApplications",
                column: "Choice3ShiftId");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_EpguOrderId",
                table: "CampApplications",
                column: "EpguOrderId",
                unique: true,
                filter: "[EpguOrderId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_MunicipalityId",
                table: "CampApplications",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_ParentId",
                table: "CampApplications",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_PupilId",
                table: "CampApplications",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_SchoolId",
                table: "CampApplications",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_ShiftId_Status",
                table: "CampApplications",
                columns: new[] { "ShiftId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_VoucherNumber",
                table: "CampApplications",
                column: "VoucherNumber",
                unique: true,
                filter: "[VoucherNumber] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CampApplications_Year_Status_Priority_FiledAt",
                table: "CampApplications",
                columns: new[] { "Year", "Status", "Priority", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CampNotices_ApplicationId",
                table: "CampNotices",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampNotices_ParentId_At",
                table: "CampNotices",
                columns: new[] { "ParentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Camps_MunicipalityId",
                table: "Camps",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_CampSeasons_Year",
                table: "CampSeasons",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampShifts_CampId",
                table: "CampShifts",
                column: "CampId");

            migrationBuilder.CreateIndex(
                name: "IX_CampShifts_Year_CampId",
                table: "CampShifts",
                columns: new[] { "Year", "CampId" });

            migrationBuilder.CreateIndex(
                name: "IX_CampStatusChanges_ApplicationId_At",
                table: "CampStatusChanges",
                columns: new[] { "ApplicationId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampNotices");

            migrationBuilder.DropTable(
                name: "CampSeasons");

            migrationBuilder.DropTable(
                name: "CampStatusChanges");

            migrationBuilder.DropTable(
                name: "CampApplications");

            migrationBuilder.DropTable(
                name: "CampShifts");

            migrationBuilder.DropTable(
                name: "Camps");
        }
    }
}
