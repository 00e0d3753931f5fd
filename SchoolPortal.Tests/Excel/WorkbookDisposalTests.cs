using Mono.Cecil;
using Mono.Cecil.Cil;
using OfficeOpenXml;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure.Excel;
using SchoolPortal.Tests.BatchUpdate;

namespace SchoolPortal.Tests.Excel;

/// <summary>
/// EPPlus 4.5's <c>ExcelPackage.Dispose</c> runs a full blocking collection of the process (<c>GC.Collect()</c>), so packages
/// come from <see cref="Workbooks"/> and are never disposed: not in the portal, not in its benchmarks, not in these tests.
/// </summary>
public sealed class WorkbookDisposalTests
{
    private static readonly System.Reflection.Assembly[] Assemblies =
        [typeof(Workbooks).Assembly, typeof(SchoolPortal.Benchmarks.IBenchmarkScenario).Assembly, typeof(WorkbookDisposalTests).Assembly];

    [Fact]
    public void Disposing_a_package_collects_the_whole_process_which_is_why_the_portal_does_not()
    {
        // The fact the rule rests on, checked against the EPPlus the portal ships: if an update drops the collection, this
        // test says so, and Workbooks may go back to plain «using».
        var file = Upload();
        var collections = GC.CollectionCount(2);
        for (var i = 0; i < 3; i++)
        {
            using var package = new ExcelPackage(new MemoryStream(file));
            _ = package.Workbook.Worksheets[BatchWorkbookReader.SheetName].Cells[1, 1].Text;
        }
        Assert.True(GC.CollectionCount(2) - collections >= 3, "EPPlus no longer collects on Dispose");
    }

    [Fact]
    public void Reading_an_upload_ten_times_does_not_collect_the_whole_process()
    {
        var file = Upload();
        var collections = GC.CollectionCount(2);

        for (var i = 0; i < 10; i++)
            Assert.Null(BatchWorkbookReader.Read(file).Error);

        // Other tests run meanwhile and the collector may run on its own once or twice; a collection per read is the bug.
        Assert.True(GC.CollectionCount(2) - collections < 5, $"{GC.CollectionCount(2) - collections} full collections in ten reads");
    }

    [Fact]
    public void Only_Workbooks_makes_packages_and_nothing_disposes_one()
    {
        var found = new List<string>();
        foreach (var assembly in Assemblies)
        {
            using var module = ModuleDefinition.ReadModule(assembly.Location);
            // The one method that disposes a package on purpose: the test of the fact the rule rests on.
            foreach (var method in module.GetTypes().SelectMany(t => t.Methods)
                         .Where(m => m.HasBody && m.Name != nameof(Disposing_a_package_collects_the_whole_process_which_is_why_the_portal_does_not)))
            {
                var where = $"{method.DeclaringType.FullName}::{method.Name}";
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode == OpCodes.Newobj && instruction.Operand is MethodReference ctor && IsPackage(ctor.DeclaringType)
                        && method.DeclaringType.FullName != typeof(Workbooks).FullName)
                        found.Add($"{where}: new ExcelPackage");
                    if (instruction.OpCode.Code is Code.Callvirt or Code.Call && instruction.Operand is MethodReference { Name: "Dispose" } dispose
                        && (IsPackage(dispose.DeclaringType) || IsPackage(Receiver(method, instruction.Previous))))
                        found.Add($"{where}: ExcelPackage.Dispose");
                }
            }
        }
        Assert.Empty(found);
    }

    /// <summary>What a «using» of a package leaves in IL: the local (or, in an async method, the state machine's field) loaded just before Dispose.</summary>
    private static TypeReference? Receiver(MethodDefinition method, Instruction? load) => load?.OpCode.Code switch
    {
        Code.Ldloc_0 => method.Body.Variables[0].VariableType,
        Code.Ldloc_1 => method.Body.Variables[1].VariableType,
        Code.Ldloc_2 => method.Body.Variables[2].VariableType,
        Code.Ldloc_3 => method.Body.Variables[3].VariableType,
        Code.Ldloc or Code.Ldloc_S => ((VariableDefinition)load.Operand).VariableType,
        Code.Ldfld => ((FieldReference)load.Operand).FieldType,
        _ => null,
    };

    private static byte[] Upload() => BatchFixture.Workbook(["Ключ ученика", "Фамилия"], [["У-1-1-AA", "Иванов"]]);

    private static bool IsPackage(TypeReference? type) => type?.FullName == typeof(ExcelPackage).FullName;
}
