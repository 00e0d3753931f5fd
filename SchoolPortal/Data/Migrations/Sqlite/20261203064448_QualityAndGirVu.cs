using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QualityAndGirVu : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GirVuExchanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PackageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FormatVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    InvalidCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UnchangedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComputedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Checked = table.Column<int>(type: "INTEGER", nullable: false),
                    Failing = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "GirVuSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExchangeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GirVuSubmissions");

            migrationBuilder.DropTable(
                name: "QualityScores");

            migrationBuilder.DropTable(
                name: "GirVuExchanges");
        }
    }
}
