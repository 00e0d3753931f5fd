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
    const unsaved = trackUnsaved(table);
    table.addEventListener("keydown", onKey, true);
    table.addEventListener("beforeinput", onBeforeInput, true);
    table.addEventListener("compositionstart", onCompositionStart, true);
    table.addEventListener("compositionend", onCompositionEnd, true);
    table.addEventListener("focusin", onFocusIn);
    table.addEventListener("click", onClick);
    document.addEventListener("keydown", onStray);
    observer.observe(table, { childList: true, subtree: true });
    // The rows focus their editor only once the grid is attached (a key typed earlier would not reach the server): the
    // first focus is given here, unless the user is typing in another field by now.
    const editor = table.querySelector("input.cell-editor");
    const active = document.activeElement;
    const typingElsewhere = active && !table.contains(active)
        && (active.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(active.tagName));
    if (editor && !typingElsewhere) {
        editor.focus();
        focusedEditor = editor;
    }
    return {
        detach() {
            unsaved.detach();
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

// A node that dies takes the keys it had not handled with it: the browser reconnects to another node and reloads the page.
// So that no mark is lost silently, the grid remembers the text last typed into each cell; when the connection drops, the
// typed marks are kept in the tab's session storage, and after the reload a banner names the ones the journal read from the
// database does not show (with the cells outlined), so the teacher types them again.
const unsavedKey = () => `journal-unsaved:${location.pathname}${location.search}`;

const cellText = (table, cellId) => {
    // The id may come from the tab's session storage: escaped, so a changed value cannot break the selector.
    const td = table.querySelector(`td[data-testid="${CSS.escape(cellId)}"]`);
    if (!td)
        return null;
    const editor = td.querySelector("input.cell-editor");
    const state = td.querySelector(`[data-testid="${CSS.escape(cellId.replace("cell-", "cell-state-"))}"]`);
    const text = editor ? editor.value : td.textContent.replace(state?.textContent ?? "", "");
    return { td, text: text.trim() };
};

const cellLabel = (table, td) => {
    if (!td)
        return "";
    const pupil = td.parentElement.querySelector("th, td")?.textContent.trim() ?? "";
    const head = table.tHead?.rows[table.tHead.rows.length - 1]?.cells[td.cellIndex]?.textContent.trim() ?? "";
    return [pupil, head].filter(x => x).join(", ").replace(/\s+/g, " ");
};

function trackUnsaved(table) {
    const typed = new Map();
    let current = null;
    const onKey = e => {
        if (!isEditor(e.target) || e.ctrlKey || e.metaKey || e.altKey)
            return;
        // The key goes to wherever the server keeps the editor: the cell of the editor it last rendered.
        const td = table.querySelector("input.cell-editor")?.closest("td");
        if (!td)
            return;
        const cell = td.dataset.testid;
        if (e.key.length === 1) {
            if (current?.cell !== cell)
                current = { cell, text: "" };
            current.text += e.key;
        } else if (e.key === "Backspace" && current?.cell === cell) {
            current.text = current.text.slice(0, -1);
        } else if (e.key === "Escape") {
            current = null;
        } else if (current && ["Enter", "Tab", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].includes(e.key)) {
            typed.set(current.cell, current.text);
            current = null;
        }
    };
    // When the connection drops, nothing typed is known to be saved: the page the browser reloads on another node reads
    // the journal from the database, and only the marks it does not show are named.
    const onConnection = e => {
        if (e.detail?.state !== "show")
            return;
        const pending = [...typed.entries()].map(([cell, text]) => ({ cell, text }));
        if (current?.text)
            pending.push({ ...current });
        const lost = pending.slice(-50).map(p => ({ ...p, label: cellLabel(table, cellText(table, p.cell)?.td) }));
        if (lost.length > 0)
            sessionStorage.setItem(unsavedKey(), JSON.stringify(lost));
    };
    const modal = document.getElementById("components-reconnect-modal");
    modal?.addEventListener("components-reconnect-state-changed", onConnection);
    table.addEventListener("keydown", onKey, true);
    showLost(table);
    return {
        detach() {
            modal?.removeEventListener("components-reconnect-state-changed", onConnection);
            table.removeEventListener("keydown", onKey, true);
        },
    };
}

function showLost(table) {
    const stored = sessionStorage.getItem(unsavedKey());
    if (!stored)
        return;
    sessionStorage.removeItem(unsavedKey());
    let lost;
    try {
        lost = JSON.parse(stored).filter(p => typeof p.cell === "string" && typeof p.text === "string" && p.text.length <= 20);
    } catch {
        return;
    }
    lost = lost.filter(p => cellText(table, p.cell)?.text !== p.text);
    if (lost.length === 0)
        return;
    for (const p of lost)
        cellText(table, p.cell)?.td.classList.add("unsaved");
    const banner = document.createElement("div");
    banner.setAttribute("role", "alert");
    banner.dataset.testid = "journal-unsaved";
    banner.className = "journal-unsaved";
    banner.textContent = "Связь с сервером прерывалась, и эти отметки не сохранены — введите их снова: "
        + lost.map(p => `${p.label}: «${p.text}»`).join("; ") + ".";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Понятно";
    close.addEventListener("click", () => {
        banner.remove();
        for (const p of lost)
            cellText(table, p.cell)?.td.classList.remove("unsaved");
    });
    banner.append(" ", close);
    document.body.append(banner);
}
