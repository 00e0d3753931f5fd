using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Duplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Parents",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OriginEmployeeId",
                table: "Employees",
                type: "int",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_BirthDate",
                table: "Pupils",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Parents_BirthDate",
                table: "Parents",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Parents_MergedIntoId",
                table: "Parents",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_BirthDate",
                table: "Employees",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_OriginEmployeeId",
                table: "Employees",
                column: "OriginEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateOverrides_EntityType_EntityId",
                table: "DuplicateOverrides",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateOverrides_EntityType_MatchedEntityId",
                table: "DuplicateOverrides",
                columns: new[] { "EntityType", "MatchedEntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_LongOperations_SchoolId_Kind_RequestedAt",
                table: "LongOperations",
                columns: new[] { "SchoolId", "Kind", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ParentMerges_KeptParentId",
                table: "ParentMerges",
                column: "KeptParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ParentMerges_MergedParentId",
                table: "ParentMerges",
                column: "MergedParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DuplicateOverrides");

            migrationBuilder.DropTable(
                name: "LongOperations");

            migrationBuilder.DropTable(
                name: "ParentMerges");

            migrationBuilder.DropIndex(
                name: "IX_Pupils_BirthDate",
                table: "Pupils");

            migrationBuilder.DropIndex(
                name: "IX_Parents_BirthDate",
                table: "Parents");

            migrationBuilder.DropIndex(
                name: "IX_Parents_MergedIntoId",
                table: "Parents");

            migrationBuilder.DropIndex(
                name: "IX_Employees_BirthDate",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_OriginEmployeeId",
                table: "Employees");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Parents");

            migrationBuilder.DropColumn(
                name: "OriginEmployeeId",
                table: "Employees");
        }
    }
}
