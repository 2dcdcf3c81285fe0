// The waiting room's page (queue.xhtml): asks the room where this browser stands every few
// seconds, shows the place, those ahead and the wait, counts down to the on-sale, and goes on to
// the checkout by itself when the turn comes. Without this script the page says the same, and its
// link asks again.
(function () {
    "use strict";

    function start() {
        var box = document.getElementById("queue");
        if (!box) {
            return;
        }
        var state = box.getAttribute("data-state");
        var api = box.getAttribute("data-api");
        var skew = Number(box.getAttribute("data-server-now")) - Date.now();
        var salesStart = Number(box.getAttribute("data-sales-start"));
        var form = document.getElementById("queue-continue");
        var gone = false;

        function text(template, value) {
            return template.replace("{0}", value);
        }

        function set(id, template, value) {
            var node = document.getElementById(id);
            if (node) {
                node.textContent = text(box.getAttribute(template), value);
            }
        }

        function go() {
            if (!gone && form) {
                gone = true;
                form.submit();
            }
        }

        function shown(place) {
            if (place.state !== state) {
                if (place.state === "ADMITTED") {
                    go();
                } else {
                    // Another kind of answer: the page draws it.
                    window.location.reload();
                }
                return;
            }
            if (place.state === "WAITING") {
                set("queue-place", "data-place", place.position.toLocaleString());
                if (place.ahead > 0) {
                    set("queue-ahead", "data-ahead", place.ahead.toLocaleString());
                } else {
                    set("queue-ahead", "data-next", "");
                }
                set("queue-wait", "data-wait", Math.max(1, Math.ceil(place.waitSeconds / 60)).toLocaleString());
            }
        }

        function ask() {
            var request = new XMLHttpRequest();
            request.open("GET", api);
            request.setRequestHeader("Accept", "application/json");
            request.onload = function () {
                if (request.status === 200) {
                    try {
                        shown(JSON.parse(request.responseText));
                    } catch (ignored) {
                        // A page that cannot read the answer asks again next time.
                    }
                }
                later();
            };
            request.onerror = later;
            request.send();
        }

        // Every 4 to 6 seconds, so that a crowd's questions spread out.
        function later() {
            if (!gone) {
                window.setTimeout(ask, 4000 + Math.random() * 2000);
            }
        }

        function countdown() {
            var node = document.getElementById("queue-opens-in");
            var left = salesStart - (Date.now() + skew);
            if (left <= 0) {
                // The draw: a little spread again, then ask.
                window.setTimeout(ask, Math.random() * 3000);
                return;
            }
            var seconds = Math.ceil(left / 1000);
            var h = Math.floor(seconds / 3600);
            var m = Math.floor((seconds % 3600) / 60);
            var s = seconds % 60;
            var two = function (n) {
                return (n < 10 ? "0" : "") + n;
            };
            if (node) {
                node.textContent = text(box.getAttribute("data-opens-in"), (h > 0 ? h + ":" : "") + two(m) + ":" + two(s));
            }
            window.setTimeout(countdown, 1000);
        }

        if (state === "ADMITTED") {
            go();
        } else if (state === "BEFORE_SALE") {
            countdown();
        } else if (state === "WAITING") {
            later();
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
