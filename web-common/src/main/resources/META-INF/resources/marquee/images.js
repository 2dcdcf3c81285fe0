/*
 * The picture component's guard: a file larger than the server reads at all (its request body
 * limit) would have the connection cut instead of getting the field's message, so such a file
 * gets the same message here and is not sent. Smaller files, too large or not, are judged by
 * the server.
 */
window.marqueeImages = {
    check: function (form) {
        var input = form.querySelector('input[type=file]');
        var file = input && input.files && input.files[0];
        var note = form.querySelector('.mq-image-too-large');
        var limit = Number(form.dataset.sendLimit);
        if (file && file.size > limit) {
            note.textContent = form.dataset.tooLarge
                .replace('{0}', (file.size / 1048576).toFixed(1))
                .replace('{1}', form.dataset.maxMb);
            note.hidden = false;
            return false;
        }
        note.hidden = true;
        return true;
    }
};
