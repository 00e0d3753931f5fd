// The journal grid's browser side: one click listener for all cells (cells carry no handlers of their own) and the
// keys the grid handles kept from the browser (no typed character in the input, no Tab out of the table).
const gridKeys = new Set(["Enter", "Tab", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Backspace", "Delete", "Escape"]);

export function attach(table, grid) {
    const onKey = e => {
        if (!e.target.classList || !e.target.classList.contains("cell-editor") || e.ctrlKey || e.metaKey || e.altKey)
            return;
        if (gridKeys.has(e.key) || e.key.length === 1)
            e.preventDefault();
    };
    const onClick = e => {
        const td = e.target.closest("td");
        if (!td || td.closest("tbody") === null || !table.contains(td) || td.querySelector("input.cell-editor"))
            return;
        grid.invokeMethodAsync("FocusCell", td.parentElement.sectionRowIndex, td.cellIndex);
    };
    // Between the server removing the old cell's input and the browser focusing the new one, keys land on the page body:
    // they belong to the grid, in order, so they are passed on and the focus goes back to the editor.
    const onStray = e => {
        if (e.target !== document.body || e.ctrlKey || e.metaKey || e.altKey || !(gridKeys.has(e.key) || e.key.length === 1))
            return;
        const editor = table.querySelector("input.cell-editor");
        if (!editor)
            return;
        e.preventDefault();
        grid.invokeMethodAsync("TypeKey", e.key, e.shiftKey);
        editor.focus();
    };
    table.addEventListener("keydown", onKey, true);
    table.addEventListener("click", onClick);
    document.addEventListener("keydown", onStray);
    return {
        detach() {
            table.removeEventListener("keydown", onKey, true);
            table.removeEventListener("click", onClick);
            document.removeEventListener("keydown", onStray);
        },
    };
}
