/*
 * The blog post editor's pictures (web-marketing, post.xhtml). A post shows pictures of our own
 * image store only (the server's BlogHtml drops any other, and PrimeFaces drops data: pictures
 * before that), so the editor must never lose one without a word:
 * - the toolbar's picture button points to the post's pictures instead of reading a file into
 *   a data: address; it inserts the picture with the site's origin in front, as PrimeFaces'
 *   sanitiser keeps only addresses with a scheme (PostEdit stores them by path);
 * - a picture pasted, dragged in or linked from elsewhere is taken out at once, and the editor
 *   is told why and what to do instead;
 * - "Insert into the post" beside an uploaded picture puts it where the cursor is.
 */
(function () {
    'use strict';

    var OWN = /^\/images\/[0-9]{1,18}\/(?:thumb|card|hero)\.jpg$/;

    function quill() {
        var widget = window.PF && PF('bodyEditor');
        return widget && widget.editor ? widget.editor : null;
    }

    /** PrimeFaces copies the editor into its form field on some changes only: copy it now. */
    function sync() {
        var widget = window.PF && PF('bodyEditor');
        if (widget && widget.input && widget.getEditorValue) {
            widget.input.val(widget.getEditorValue());
        }
    }

    function notice(key) {
        var box = document.getElementById('picture-notice');
        if (!box) {
            return;
        }
        box.textContent = box.getAttribute('data-' + key);
        box.hidden = false;
    }

    /** A picture of this site's image store (the editor holds them with the site's origin). */
    function ownAddress(img) {
        try {
            var url = new URL(img.getAttribute('src') || '', window.location.href);
            var box = document.getElementById('picture-notice');
            var site = (box && box.getAttribute('data-origin')) || window.location.origin;
            return (url.origin === site || url.origin === window.location.origin)
                && OWN.test(url.pathname) && !url.search && !url.hash;
        } catch (e) {
            return false;
        }
    }

    /** Takes out every picture that is not one of ours; tells the editor if there was one. */
    function dropForeign(editor) {
        var foreign = Array.prototype.filter.call(editor.root.querySelectorAll('img'), function (img) {
            return !ownAddress(img);
        });
        if (foreign.length === 0) {
            return;
        }
        var Quill = window.Quill;
        foreign.forEach(function (img) {
            var blot = Quill && Quill.find ? Quill.find(img) : null;
            if (blot) {
                editor.deleteText(editor.getIndex(blot), 1, 'silent');
            } else if (img.parentNode) {
                img.parentNode.removeChild(img);
            }
        });
        sync();
        notice('foreign');
    }

    function wire() {
        var editor = quill();
        if (!editor || editor.__marqueePictures) {
            return !!editor;
        }
        editor.__marqueePictures = true;
        var toolbar = editor.getModule('toolbar');
        if (toolbar) {
            toolbar.addHandler('image', function () {
                notice('choose');
                var pictures = document.getElementById('post-pictures');
                if (pictures) {
                    pictures.scrollIntoView({behavior: 'smooth', block: 'start'});
                }
            });
        }
        editor.on('text-change', function (delta, old, source) {
            if (source !== 'silent') {
                dropForeign(editor);
            }
        });
        dropForeign(editor);
        return true;
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.mq-insert-picture') : null;
        if (!button) {
            return;
        }
        var editor = quill();
        if (!editor) {
            return;
        }
        var range = editor.getSelection(true) || {index: editor.getLength() - 1};
        editor.insertEmbed(range.index, 'image', button.getAttribute('data-src'), 'user');
        editor.setSelection(range.index + 1, 0, 'silent');
        sync();
        var box = document.getElementById('picture-notice');
        if (box) {
            box.hidden = true;
        }
        document.getElementById('editor').scrollIntoView({behavior: 'smooth', block: 'start'});
    });

    // The editor widget is made after the page loads; wait for it a short while.
    var tries = 0;
    var timer = setInterval(function () {
        if (wire() || ++tries > 100) {
            clearInterval(timer);
        }
    }, 100);
})();
