// Keyboard shortcuts for people who work a desk all shift long:
// - an element with data-key="n" is clicked when n is pressed outside a text field;
// - an element with data-focus-key="/" gets the focus when / is pressed outside a text field;
// - Escape in a text field leaves it, so the shortcuts work again.
document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const inField = target.closest && target.closest('input, textarea, select, [contenteditable]');
    if (inField) {
        if (event.key === 'Escape') target.blur();
        return;
    }
    const field = document.querySelector(`[data-focus-key="${CSS.escape(event.key)}"]`);
    if (field) {
        event.preventDefault();
        field.focus();
        return;
    }
    const button = document.querySelector(`[data-key="${CSS.escape(event.key)}"]`);
    if (button) {
        event.preventDefault();
        button.click();
    }
});
