using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountSecurityAndOperationRecovery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "UserAccounts",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "HeartbeatAt",
                table: "LongOperations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Instance",
                table: "LongOperations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LongOperations_State",
                table: "LongOperations",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LongOperations_State",
                table: "LongOperations");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "UserAccounts");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "LongOperations");

            migrationBuilder.DropColumn(
                name: "Instance",
                table: "LongOperations");
        }
    }
}
