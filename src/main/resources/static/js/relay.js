// Keyboard shortcuts: an element with data-key="n" is clicked when n is pressed outside a text field.
document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.closest && target.closest('input, textarea, select, [contenteditable]')) return;
    const button = document.querySelector(`[data-key="${CSS.escape(event.key)}"]`);
    if (button) {
        event.preventDefault();
        button.click();
    }
});
