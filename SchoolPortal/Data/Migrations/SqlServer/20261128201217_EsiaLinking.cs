using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EsiaLinking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UserAccounts_EsiaOid",
                table: "UserAccounts");

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

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_EsiaOid",
                table: "UserAccounts",
                column: "EsiaOid",
                unique: true,
                filter: "[EsiaOid] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LinkCodes_AccountId",
                table: "LinkCodes",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkCodes_CodeHash",
                table: "LinkCodes",
                column: "CodeHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EpguPublications");

            migrationBuilder.DropTable(
                name: "EsiaProfiles");

            migrationBuilder.DropTable(
                name: "LinkCodes");

            migrationBuilder.DropIndex(
                name: "IX_UserAccounts_EsiaOid",
                table: "UserAccounts");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_EsiaOid",
                table: "UserAccounts",
                column: "EsiaOid");
        }
    }
}
