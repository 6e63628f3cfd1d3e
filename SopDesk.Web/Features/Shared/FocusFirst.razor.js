// The first field a person fills in: a text box, a choice, a checkbox — not a hidden or disabled input.
export function focusFirstField(box) {
    if (!box) return;
    const field = box.querySelector("input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]), input.mud-select-input, [role=combobox]");
    if (field) field.focus({ preventScroll: false });
}
