// The journal grid's browser side: one click listener for all cells (cells carry no handlers of their own) and the
// keys the grid handles kept from the browser (no typed character in the input, no Tab out of the table).
// The editor's value is the server's alone: the browser never edits it. Keys go to the server, and text that comes
// without a key (an IME, a mobile keyboard, a paste) goes as the inserted text only: the input the browser typed into
// may still be the editor of the cell the focus has just left, holding that cell's value.
const gridKeys = new Set(["Enter", "Tab", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Backspace", "Delete", "Escape"]);

const isEditor = target => target instanceof HTMLInputElement && target.classList.contains("cell-editor");

export function attach(table, grid) {
    // The editor that last had the focus (the grid may have focused it before attaching).
    let focusedEditor = isEditor(document.activeElement) && table.contains(document.activeElement) ? document.activeElement : null;
    let composing = null;
    const onKey = e => {
        if (!isEditor(e.target) || e.ctrlKey || e.metaKey || e.altKey)
            return;
        if (gridKeys.has(e.key) || e.key.length === 1)
            e.preventDefault();
    };
    const onBeforeInput = e => {
        if (!isEditor(e.target) || !e.cancelable)
            return;
        e.preventDefault();
        if (e.inputType.startsWith("insert")) {
            const text = e.data ?? e.dataTransfer?.getData("text/plain");
            if (text)
                grid.invokeMethodAsync("TypeText", text);
        } else if (e.inputType === "deleteContentBackward") {
            grid.invokeMethodAsync("TypeKey", "Backspace", false);
        } else if (e.inputType === "deleteContentForward") {
            grid.invokeMethodAsync("TypeKey", "Delete", false);
        }
    };
    // A composition (IME) cannot be cancelled while it runs: its result goes to the server when it ends, and the input gets
    // back the value it had.
    const onCompositionStart = e => {
        if (isEditor(e.target))
            composing = { editor: e.target, value: e.target.value };
    };
    const onCompositionEnd = e => {
        if (!composing || composing.editor !== e.target)
            return;
        e.target.value = composing.value;
        composing = null;
        if (e.data)
            grid.invokeMethodAsync("TypeText", e.data);
    };
    const onFocusIn = e => {
        if (isEditor(e.target))
            focusedEditor = e.target;
    };
    const onClick = e => {
        const td = e.target.closest("td");
        if (!td || td.closest("tbody") === null || !table.contains(td) || td.querySelector("input.cell-editor"))
            return;
        grid.invokeMethodAsync("FocusCell", td.parentElement.sectionRowIndex, td.cellIndex);
    };
    // When the server moves the editor, the focused input is removed and the new one is put in the same update: the
    // focus follows at once (before the next typed key), not only when the server's focus call arrives.
    const observer = new MutationObserver(() => {
        if (!focusedEditor || focusedEditor.isConnected)
            return;
        const active = document.activeElement;
        if (active && active !== document.body)
            return;
        const editor = table.querySelector("input.cell-editor");
        if (editor)
            editor.focus();
    });
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
    table.addEventListener("beforeinput", onBeforeInput, true);
    table.addEventListener("compositionstart", onCompositionStart, true);
    table.addEventListener("compositionend", onCompositionEnd, true);
    table.addEventListener("focusin", onFocusIn);
    table.addEventListener("click", onClick);
    document.addEventListener("keydown", onStray);
    observer.observe(table, { childList: true, subtree: true });
    return {
        detach() {
            observer.disconnect();
            table.removeEventListener("keydown", onKey, true);
            table.removeEventListener("beforeinput", onBeforeInput, true);
            table.removeEventListener("compositionstart", onCompositionStart, true);
            table.removeEventListener("compositionend", onCompositionEnd, true);
            table.removeEventListener("focusin", onFocusIn);
            table.removeEventListener("click", onClick);
            document.removeEventListener("keydown", onStray);
        },
    };
}
