// Small behaviours of every page, bound here rather than in handler attributes, which the
// Content-Security-Policy refuses: fields that select their text when focused, and buttons that
// copy a field's text (the invitation and door links).
(function () {
    'use strict';

    document.addEventListener('focusin', function (event) {
        var field = event.target;
        if (field && field.matches && field.matches('input[data-select-on-focus]')) {
            field.select();
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('[data-copy-from]') : null;
        if (!button) {
            return;
        }
        var source = document.getElementById(button.getAttribute('data-copy-from'));
        if (!source) {
            return;
        }
        var copied = function () {
            button.textContent = button.getAttribute('data-copied-label') || button.textContent;
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(source.value).then(copied, function () {
                source.select();
            });
        } else {
            source.select();
        }
    });
})();
