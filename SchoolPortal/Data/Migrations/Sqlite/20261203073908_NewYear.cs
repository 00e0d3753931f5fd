using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NewYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RolloverPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    NewStartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodsConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClassesConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MovementConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HolidaysConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StaffConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedByLogin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RolledBackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                name: "ClassTransitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToClassId = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "PupilMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetClassId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeavesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Applied = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousClassId = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousLeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PreviousLeavingOrder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedMembershipId = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "StaffMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeavesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Applied = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousDismissedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "IX_StaffMoves_EmployeeId",
                table: "StaffMoves",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMoves_PlanId_EmployeeId",
                table: "StaffMoves",
                columns: new[] { "PlanId", "EmployeeId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClassTransitions");

            migrationBuilder.DropTable(
                name: "PupilMoves");

            migrationBuilder.DropTable(
                name: "StaffMoves");

            migrationBuilder.DropTable(
                name: "RolloverPlans");
        }
    }
}
