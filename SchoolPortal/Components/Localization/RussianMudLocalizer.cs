using Microsoft.Extensions.Localization;
using MudBlazor;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Components.Localization;

/// <summary>
/// MudBlazor's built-in texts (aria-labels of the grid's check boxes, the pager, «Loading…») in Russian: a screen reader
/// must not read «Select row» to a Russian teacher. Keys are MudBlazor 9's LanguageResource names; a key missing here
/// falls back to MudBlazor's English.
/// </summary>
public sealed class RussianMudLocalizer : MudLocalizer
{

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["MudAlert_Close"] = "Закрыть",
        ["MudChip_Close"] = "Удалить",
        ["MudDialog_Close"] = "Закрыть",
        ["MudSnackbar_Close"] = "Закрыть",
        ["MudInput_Clear"] = "Очистить",
        ["MudInput_Increment"] = "Увеличить",
        ["MudInput_Decrement"] = "Уменьшить",
        ["MudSelect_SelectAll"] = "Выбрать все",
        ["MudFormComponent_Required"] = "Обязательное поле",
        ["MudNavGroup_ToggleExpand"] = "Развернуть или свернуть «{0}»",
        ["MudBreadcrumbs_Label"] = "Навигационная цепочка",
        ["MudBaseDatePicker_Open"] = "Открыть календарь",
        ["MudBaseDatePicker_NextMonth"] = "Следующий месяц",
        ["MudBaseDatePicker_PrevMonth"] = "Предыдущий месяц",
        ["MudBaseDatePicker_NextYear"] = "Следующий год",
        ["MudBaseDatePicker_PrevYear"] = "Предыдущий год",
        ["MudDateRangePicker_Start"] = "Начало",
        ["MudDateRangePicker_End"] = "Конец",
        ["MudTimePicker_Open"] = "Выбрать время",
        ["MudFileUpload_Button"] = "Выбрать файл",
        ["MudFileUpload_DragAndDrop"] = "Перетащите файлы сюда",
        ["MudTabs_AddTab"] = "Добавить вкладку",
        ["MudTabs_CloseTab"] = "Закрыть вкладку",
        ["MudTabs_ScrollLeft"] = "Прокрутить влево",
        ["MudTabs_ScrollRight"] = "Прокрутить вправо",
        ["MudTabs_ScrollUp"] = "Прокрутить вверх",
        ["MudTabs_ScrollDown"] = "Прокрутить вниз",
        ["MudTreeView_ExpandItem"] = "Развернуть",
        ["MudTreeView_CollapseItem"] = "Свернуть",
        ["MudPagination_FirstPage"] = "Первая страница",
        ["MudPagination_PreviousPage"] = "Предыдущая страница",
        ["MudPagination_NextPage"] = "Следующая страница",
        ["MudPagination_LastPage"] = "Последняя страница",
        ["MudPagination_CurrentPage"] = "Текущая страница, страница {0}",
        ["MudPagination_PageIndex"] = "Страница {0}",
        ["MudStepper_Next"] = "Далее",
        ["MudStepper_Previous"] = "Назад",
        ["MudStepper_Complete"] = "Завершить",
        ["MudStepper_Skip"] = "Пропустить",
        ["MudStepper_Reset"] = "Сначала",
        ["MudTable_Loading"] = "Загрузка…",
        ["MudTable_SelectRow"] = "Выбрать строку",
        ["MudTable_SelectAllRows"] = "Выбрать все строки",
        ["MudTable_SelectGroup"] = "Выбрать группу",
        ["MudTable_ExpandGroup"] = "Развернуть группу",
        ["MudTable_CollapseGroup"] = "Свернуть группу",
        ["MudTable_EditRow"] = "Изменить строку",
        ["MudTable_CommitRow"] = "Сохранить строку",
        ["MudTable_CancelEditRow"] = "Отменить изменения строки",
        ["MudTablePager_FirstPage"] = "Первая страница",
        ["MudTablePager_PreviousPage"] = "Предыдущая страница",
        ["MudTablePager_NextPage"] = "Следующая страница",
        ["MudTablePager_LastPage"] = "Последняя страница",
        ["MudDataGrid_Loading"] = "Загрузка…",
        ["MudDataGrid_SelectRow"] = "Выбрать строку",
        ["MudDataGrid_SelectAllRows"] = "Выбрать все строки",
        ["MudDataGrid_Sort"] = "Сортировать",
        ["MudDataGrid_Unsort"] = "Отменить сортировку",
        ["MudDataGrid_Filter"] = "Фильтр",
        ["MudDataGrid_OpenFilters"] = "Открыть фильтры",
        ["MudDataGrid_AddFilter"] = "Добавить фильтр",
        ["MudDataGrid_RemoveFilter"] = "Удалить фильтр",
        ["MudDataGrid_ClearFilter"] = "Сбросить фильтр",
        ["MudDataGrid_FilterValue"] = "Значение фильтра",
        ["MudDataGrid_Apply"] = "Применить",
        ["MudDataGrid_Clear"] = "Очистить",
        ["MudDataGrid_Cancel"] = "Отмена",
        ["MudDataGrid_Save"] = "Сохранить",
        ["MudDataGrid_Column"] = "Столбец",
        ["MudDataGrid_Columns"] = "Столбцы",
        ["MudDataGrid_Operator"] = "Условие",
        ["MudDataGrid_Value"] = "Значение",
        ["MudDataGrid_True"] = "да",
        ["MudDataGrid_False"] = "нет",
        ["MudDataGrid_Hide"] = "Скрыть",
        ["MudDataGrid_HideAll"] = "Скрыть все",
        ["MudDataGrid_ShowAll"] = "Показать все",
        ["MudDataGrid_ShowColumnOptions"] = "Настройки столбца",
        ["MudDataGrid_MoveUp"] = "Выше",
        ["MudDataGrid_MoveDown"] = "Ниже",
        ["MudDataGrid_ReorderColumn"] = "Переставить столбец",
        ["MudDataGrid_RefreshData"] = "Обновить",
        ["MudDataGrid_Group"] = "Группировать",
        ["MudDataGrid_Ungroup"] = "Разгруппировать",
        ["MudDataGrid_ExpandGroup"] = "Развернуть группу",
        ["MudDataGrid_CollapseGroup"] = "Свернуть группу",
        ["MudDataGrid_ExpandAllGroups"] = "Развернуть все группы",
        ["MudDataGrid_CollapseAllGroups"] = "Свернуть все группы",
        ["MudDataGrid_ToggleGroupExpansion"] = "Развернуть или свернуть группу",
        ["MudDataGridPager_RowsPerPage"] = "Строк на странице:",
        ["MudDataGridPager_AllItems"] = "Все",
        ["MudDataGridPager_FirstPage"] = "Первая страница",
        ["MudDataGridPager_PreviousPage"] = "Предыдущая страница",
        ["MudDataGridPager_NextPage"] = "Следующая страница",
        ["MudDataGridPager_LastPage"] = "Последняя страница",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments] =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, string.Format(RussianFormat.Culture, text, arguments))
            : new LocalizedString(key, key, resourceNotFound: true);
}
