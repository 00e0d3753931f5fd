using Microsoft.Playwright;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;

namespace SchoolPortal.Tests.Journal;

/// <summary>
/// Two users in the same cell: the second save is refused with the current value, never silently overwritten. The cell is an
/// empty one of teacher1's lesson in 6Б (Математика) on 27.11.2026, which no other flow types into.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CellConflictFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Two_users_editing_the_same_cell_the_second_save_is_refused_with_the_current_value()
    {
        var teacher = await portal.SignInAsync("teacher1");
        await OpenJournalAsync(teacher, "6Б", "Математика");
        var lessonId = await LessonOnAsync(teacher, "27.11");
        var cell = (await EmptyCellsAsync(teacher, lessonId))[0];

        var admin = await portal.SignInAsync("admin1");
        await admin.GotoAsync(teacher.Url);
        await Assertions.Expect(admin.GetByTestId("cell-editor")).ToBeFocusedAsync();
        await Assertions.Expect(admin.GetByTestId(cell)).ToHaveTextAsync("");

        await FocusCellAsync(teacher, cell);
        await FocusCellAsync(admin, cell);

        await TypeEntryAsync(teacher, "5");
        await Assertions.Expect(teacher.GetByTestId(StateOf(cell))).ToHaveTextAsync("сохранено");

        // The administrator's page still shows the cell empty: the save is refused with the value now in it.
        await Assertions.Expect(admin.GetByTestId(cell).Locator("input")).ToHaveValueAsync("");
        await TypeEntryAsync(admin, "3");
        var conflict = admin.GetByTestId("cell-conflict");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync("сейчас в ней «5»");
        await Assertions.Expect(conflict).ToContainTextAsync("Ваше значение не сохранено");

        await admin.GetByTestId("conflict-keep").ClickAsync();
        await Assertions.Expect(conflict).ToHaveCountAsync(0);
        await Assertions.Expect(admin.GetByTestId(cell)).ToHaveTextAsync("5");

        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByTestId(cell)).ToHaveTextAsync("5");
        await teacher.ReloadAsync();
        await Assertions.Expect(teacher.GetByTestId(cell)).ToHaveTextAsync("5");
    }
}
