// The first field a person fills in: a text box, a choice, a checkbox — not a hidden or disabled input.
const FirstField = "input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]), input.mud-select-input, [role=combobox]";

// Where a person types: the focus is never taken from one of these.
const TypingTarget = "input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, select, [contenteditable=true], [role=combobox]";

// Answers "focused", "kept" (the person is already typing in a field: on a busy circuit this call can come seconds
// after the form showed, and moving the focus then sent their next keys into the wrong field), "none" (the form has
// no field) or "gone" (the box left the page before a field could take the focus: the caller tries again on its next
// render). A field rendered a moment later (a busy circuit) is waited for.
export async function focusFirstField(box) {
    for (let attempt = 0; attempt < 20; attempt++) {
        if (!box || !box.isConnected) return "gone";
        if (document.activeElement?.matches(TypingTarget)) return "kept";
        const field = box.querySelector(FirstField);
        if (field) {
            field.focus({ preventScroll: false });
            if (document.activeElement === field) return "focused";
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    return box.querySelector(FirstField) ? "gone" : "none";
}
