using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CampsEpgu : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CampEpguMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<int>(type: "int", nullable: true),
                    EpguOrderId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampEpguMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampEpguMessages_CampApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CampApplications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampEpguMessages_ApplicationId",
                table: "CampEpguMessages",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampEpguMessages_EpguOrderId",
                table: "CampEpguMessages",
                column: "EpguOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_CampEpguMessages_SentAt_Id",
                table: "CampEpguMessages",
                columns: new[] { "SentAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampEpguMessages");
        }
    }
}
