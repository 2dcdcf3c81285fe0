/*
 * The checkout's behaviour in the browser: the countdown of the hold, the seat map (take and drop
 * seats through the get-seat / drop-seat API, zoom and pan, keyboard, list view) and the live
 * channel that keeps seat maps and section cards in step with everyone else's claims. The server
 * decides everything; this script only shows and asks.
 */
(function () {
    "use strict";

    var STATES = ["free", "held", "sold", "disabled", "mine"];

    /* The buyer's own changes, numbered: a snapshot of the session read before one of them (the
       catch-up after the socket opens) must not undo it when its answer arrives later. */
    var changeCount = 0;
    var changedAt = {};

    function changedHere(seatId) {
        changedAt[seatId] = ++changeCount;
    }

    function ready(fn) {
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", fn);
        } else {
            fn();
        }
    }

    /* The hold's countdown, from the expiry instant; the server's clock is the reference. */
    function countdown() {
        var box = document.getElementById("hold-countdown");
        if (!box) {
            return;
        }
        var expires = Number(box.getAttribute("data-expires"));
        var skew = Number(box.getAttribute("data-server-now")) - Date.now();
        var out = document.getElementById("hold-time-left");
        var timer;
        function tick() {
            var left = Math.max(0, expires - (Date.now() + skew));
            var seconds = Math.ceil(left / 1000);
            var m = Math.floor(seconds / 60);
            var s = seconds % 60;
            out.textContent = m + ":" + (s < 10 ? "0" : "") + s;
            box.classList.toggle("mq-countdown-low", seconds <= 60);
            if (left <= 0) {
                clearInterval(timer);
                expired(box.getAttribute("data-return"));
            }
        }
        timer = setInterval(tick, 250);
        tick();
    }

    function expired(back) {
        var notice = document.getElementById("hold-expired");
        if (notice) {
            notice.hidden = false;
        }
        document.querySelectorAll(".mq-seat-step form, #amount, #address, #method, #seat-map")
            .forEach(function (el) { el.classList.add("mq-disabled"); });
        setTimeout(function () { window.location.href = back; }, 4000);
    }

    function setState(seat, state) {
        if (seat.classList.contains("mq-seat-" + state)) {
            return;
        }
        STATES.forEach(function (s) { seat.classList.remove("mq-seat-" + s); });
        seat.classList.add("mq-seat-" + state);
        seat.setAttribute("aria-pressed", state === "mine" ? "true" : "false");
        var item = document.querySelector('#seat-list-items [data-seat="' + seat.getAttribute("data-seat") + '"]');
        if (item) {
            item.className = "mq-seat-" + state;
            item.disabled = state !== "free" && state !== "mine";
            item.querySelector(".mq-seat-state").textContent = label(state);
        }
    }

    function stateOf(seat) {
        for (var i = 0; i < STATES.length; i++) {
            if (seat.classList.contains("mq-seat-" + STATES[i])) {
                return STATES[i];
            }
        }
        return "sold";
    }

    function label(state) {
        var labels = document.getElementById("seat-step").dataset;
        return labels["label" + state.charAt(0).toUpperCase() + state.slice(1)] || state;
    }

    function seatMap() {
        var step = document.getElementById("seat-step");
        if (!step) {
            return;
        }
        var map = document.getElementById("seat-map");
        var svg = map ? map.querySelector("svg") : null;
        var message = document.getElementById("seat-message");
        var heldCount = document.getElementById("held-count");
        var held = Number(step.getAttribute("data-held"));
        var api = step.getAttribute("data-api") + "/orders/" + step.getAttribute("data-order") + "/seats/";
        var busy = false;

        function say(text, error) {
            message.textContent = text;
            message.classList.toggle("mq-seat-message-error", !!error);
        }

        function toggle(seat) {
            var state = stateOf(seat);
            if (busy || (state !== "free" && state !== "mine")) {
                if (state !== "free" && state !== "mine") {
                    say(seatName(seat) + ": " + label(state), true);
                }
                return;
            }
            busy = true;
            var taking = state === "free";
            fetch(api + seat.getAttribute("data-seat"), {
                method: taking ? "PUT" : "DELETE",
                credentials: "same-origin",
                headers: { "Accept": "application/json" }
            }).then(function (response) {
                if (response.ok) {
                    changedHere(seat.getAttribute("data-seat"));
                    setState(seat, taking ? "mine" : "free");
                    held += taking ? 1 : -1;
                    heldCount.textContent = String(held);
                    var holdLabel = document.getElementById("hold-label");
                    if (holdLabel) {
                        holdLabel.textContent = held > 0 ? holdLabel.dataset.held : holdLabel.dataset.none;
                    }
                    say(seatName(seat) + ": " + label(taking ? "mine" : "free"), false);
                    return null;
                }
                return response.json().then(function (problem) {
                    say(problem.title, true);
                    if (response.status === 409 && /seatTaken/.test(problem.type)) {
                        setState(seat, "held");
                    }
                });
            }).catch(function () {
                say(step.dataset.labelOffline, true);
            }).then(function () { busy = false; });
        }

        function seatName(seat) {
            var section = seat.closest(".mq-section");
            var name = section ? section.querySelector(".mq-section-label").textContent : "";
            var price = section ? prices[section.getAttribute("data-section")] : null;
            return name + ", " + step.dataset.labelRow + " " + seat.getAttribute("data-row") + ", "
                + step.dataset.labelSeat + " " + seat.getAttribute("data-number") + (price ? ", " + price : "");
        }

        /* Price zones: each section's area takes its zone's colour, each seat's tooltip its price. */
        var prices = {};
        document.querySelectorAll("#price-zones [data-zone-section]").forEach(function (zone) {
            var id = zone.getAttribute("data-zone-section");
            prices[id] = zone.getAttribute("data-price");
            var area = svg && svg.querySelector('.mq-section[data-section="' + id + '"] > .mq-section-area');
            if (area) {
                area.classList.add("mq-zone-" + zone.getAttribute("data-zone"));
            }
        });

        if (svg) {
            var seats = Array.prototype.slice.call(svg.querySelectorAll(".mq-seat"));
            /* A seat is a named button from the moment it can have the focus: the first seat
               (the one Tab reaches), and each seat the arrows move to. Naming all 2,000 seats of a
               hall on arrival would hold the page for half a second on a phone; a mouse or a
               finger needs no name (the seat's title is its tooltip). */
            var annotate = function (seat) {
                if (seat.hasAttribute("role")) {
                    return;
                }
                if (!seat.hasAttribute("tabindex")) {
                    seat.setAttribute("tabindex", "-1");
                }
                seat.setAttribute("role", "button");
                seat.setAttribute("aria-label", seatName(seat));
                seat.setAttribute("aria-pressed", stateOf(seat) === "mine" ? "true" : "false");
            };
            if (seats.length) {
                seats[0].setAttribute("tabindex", "0");
                annotate(seats[0]);
            }
            svg.addEventListener("focusin", function (e) {
                var seat = e.target.closest(".mq-seat");
                if (seat) {
                    annotate(seat);
                }
            });
            /* A seat's tooltip, made when the pointer first rests on it. */
            svg.addEventListener("pointerover", function (e) {
                var seat = e.target.closest(".mq-seat");
                if (seat && !seat.firstElementChild) {
                    var title = document.createElementNS("http://www.w3.org/2000/svg", "title");
                    title.textContent = seatName(seat);
                    seat.appendChild(title);
                }
            });
            svg.addEventListener("click", function (e) {
                var seat = e.target.closest(".mq-seat");
                if (!seat || dragged) {
                    return;
                }
                lastSeat = seat;
                // As a focusable seat did before seats were named lazily: the arrows go on from here.
                annotate(seat);
                seat.focus({ preventScroll: true });
                // Too small for a finger (a phone at "Whole hall"): the first tap zooms in there.
                // A mouse hits small seats well, so a wide map or a fine pointer takes them at once.
                if (touchSized() && seat.getBoundingClientRect().width < MIN_TAP_PX && zoomTo) {
                    zoomTo(seat);
                    say(step.dataset.labelZoomed, false);
                    return;
                }
                toggle(seat);
            });
            svg.addEventListener("keydown", function (e) {
                var seat = e.target.closest(".mq-seat");
                if (!seat) {
                    return;
                }
                if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    toggle(seat);
                    return;
                }
                var direction = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
                if (direction) {
                    e.preventDefault();
                    var next = nearest(seats, seat, direction);
                    if (next) {
                        annotate(next);
                        seat.setAttribute("tabindex", "-1");
                        next.setAttribute("tabindex", "0");
                        next.focus();
                    }
                }
            });
            panAndZoom(svg);
            listView(seats, toggle, seatName);
        }
        live(step, svg);
    }

    /* The seat whose centre lies nearest in the direction of the arrow (within a 45° cone). */
    function nearest(seats, from, direction) {
        var a = centre(from);
        var best = null;
        var bestScore = Infinity;
        seats.forEach(function (seat) {
            if (seat === from) {
                return;
            }
            var b = centre(seat);
            var dx = b.x - a.x;
            var dy = b.y - a.y;
            var along = dx * direction[0] + dy * direction[1];
            var across = Math.abs(dx * direction[1] - dy * direction[0]);
            if (along <= 0 || across > along) {
                return;
            }
            var score = along + 2 * across;
            if (score < bestScore) {
                bestScore = score;
                best = seat;
            }
        });
        return best;
    }

    function centre(el) {
        var r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }

    /* Zoom with the buttons or the wheel, pan by dragging: the viewBox moves, the seats stay sharp.
       "+" zooms towards the seat tapped last, so the seat stays in view. */
    var dragged = false;
    var lastSeat = null;
    var zoomTo = null;
    var MIN_TAP_PX = 16;
    function touchSized() {
        return window.innerWidth < 700 || window.matchMedia("(pointer: coarse)").matches;
    }
    function panAndZoom(svg) {
        var initial = svg.getAttribute("viewBox").split(/\s+/).map(Number);
        var box = initial.slice();
        function apply() {
            svg.setAttribute("viewBox", box.join(" "));
        }
        function zoom(factor, cx, cy) {
            var w = box[2] * factor;
            var h = box[3] * factor;
            if (w > initial[2] * 2 || w < initial[2] / 20) {
                return;
            }
            cx = cx === undefined ? box[0] + box[2] / 2 : cx;
            cy = cy === undefined ? box[1] + box[3] / 2 : cy;
            box = [cx - (cx - box[0]) * factor, cy - (cy - box[1]) * factor, w, h];
            apply();
        }
        function planCentre(seat) {
            var b = seat.getBBox();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
        zoomTo = function (seat) {
            var c = planCentre(seat);
            // Enough that a seat is comfortably larger than a fingertip target.
            // The viewBox shrinks by this factor, so the seat grows by its inverse.
            var factor = Math.min(1, Math.max(0.5, seat.getBoundingClientRect().width) / (MIN_TAP_PX * 2.5));
            zoom(Math.max(factor, (initial[2] / 20) / box[2] * 1.01), c.x, c.y);
        };
        document.getElementById("zoom-in").addEventListener("click", function () {
            if (lastSeat) {
                var c = planCentre(lastSeat);
                zoom(0.7, c.x, c.y);
            } else {
                zoom(0.7);
            }
        });
        document.getElementById("zoom-out").addEventListener("click", function () { zoom(1 / 0.7); });
        document.getElementById("zoom-reset").addEventListener("click", function () {
            box = initial.slice();
            apply();
        });
        svg.addEventListener("wheel", function (e) {
            e.preventDefault();
            var p = toPlan(e);
            zoom(e.deltaY < 0 ? 0.85 : 1 / 0.85, p.x, p.y);
        }, { passive: false });
        function toPlan(e) {
            var r = svg.getBoundingClientRect();
            return {
                x: box[0] + (e.clientX - r.left) / r.width * box[2],
                y: box[1] + (e.clientY - r.top) / r.height * box[3]
            };
        }
        var start = null;
        svg.addEventListener("pointerdown", function (e) {
            start = { x: e.clientX, y: e.clientY, box: box.slice() };
            dragged = false;
        });
        svg.addEventListener("pointermove", function (e) {
            if (!start) {
                return;
            }
            var dx = e.clientX - start.x;
            var dy = e.clientY - start.y;
            if (!dragged && Math.abs(dx) + Math.abs(dy) < 6) {
                return;
            }
            dragged = true;
            var r = svg.getBoundingClientRect();
            var scale = Math.max(start.box[2] / r.width, start.box[3] / r.height);
            box = [start.box[0] - dx * scale, start.box[1] - dy * scale, start.box[2], start.box[3]];
            apply();
        });
        window.addEventListener("pointerup", function () {
            start = null;
            setTimeout(function () { dragged = false; }, 0);
        });
    }

    /* The same seats as a list of buttons, for those who do not use the map. Built when first
       shown: a hall of 2,000 seats would otherwise add 10,000 elements to every visit. */
    function listView(seats, toggle, seatName) {
        var list = document.getElementById("seat-list");
        var items = document.getElementById("seat-list-items");
        var button = document.getElementById("toggle-list");
        function build() {
            var all = document.createDocumentFragment();
            seats.forEach(function (seat) {
                var li = document.createElement("li");
                var b = document.createElement("button");
                b.type = "button";
                b.setAttribute("data-seat", seat.getAttribute("data-seat"));
                var state = stateOf(seat);
                b.className = "mq-seat-" + state;
                b.disabled = state !== "free" && state !== "mine";
                var name = document.createElement("span");
                name.textContent = seatName(seat);
                if (seat.classList.contains("mq-seat-wheelchair")) {
                    name.textContent += " ♿";
                }
                var st = document.createElement("span");
                st.className = "mq-seat-state";
                st.textContent = label(state);
                b.appendChild(name);
                b.appendChild(document.createTextNode(" · "));
                b.appendChild(st);
                b.addEventListener("click", function () { toggle(seat); });
                li.appendChild(b);
                all.appendChild(li);
            });
            items.appendChild(all);
        }
        button.addEventListener("click", function () {
            var showList = list.hidden;
            if (showList && !items.firstChild) {
                build();
            }
            list.hidden = !showList;
            document.getElementById("seat-map").hidden = showList;
            button.setAttribute("aria-pressed", String(showList));
        });
    }

    /* The session's live channel: seats and section counts as everyone's claims change them. */
    function live(step, svg) {
        if (!("WebSocket" in window)) {
            return;
        }
        var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + step.getAttribute("data-live");
        var retry = 1000;
        var seatsById = {};
        if (svg) {
            svg.querySelectorAll(".mq-seat").forEach(function (seat) {
                seatsById[seat.getAttribute("data-seat")] = seat;
            });
        }

        function apply(change, readAt) {
            (change.seats || []).forEach(function (s) {
                var seat = seatsById[String(s.id)];
                if (!seat) {
                    return;
                }
                if (readAt !== undefined && (changedAt[String(s.id)] || 0) > readAt) {
                    return; // read before the buyer's own change to this seat: the page is newer
                }
                var state = s.state.toLowerCase();
                var mine = stateOf(seat) === "mine";
                if (mine && state === "held") {
                    return; // our own hold
                }
                setState(seat, state);
            });
            (change.sections || []).forEach(function (s) {
                document.querySelectorAll('[data-section-free="' + s.id + '"]').forEach(function (el) {
                    el.textContent = String(s.free);
                    var card = el.closest(".mq-section-card");
                    if (card) {
                        card.classList.toggle("mq-section-sold-out", s.free === 0);
                    }
                });
            });
        }

        /* What changed while no socket listened (before the first one opened, or while it was
           down) is never pushed again: read the whole session once the socket is open. */
        function catchUp() {
            var api = step.getAttribute("data-api") + "/sessions/" + step.getAttribute("data-session")
                + "/availability" + (svg ? "" : "?seats=false");
            var readAt = changeCount;
            fetch(api, {credentials: "same-origin", cache: "no-store"})
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (now) {
                    if (!now) {
                        return;
                    }
                    apply({
                        seats: (now.seats || []).map(function (s) { return {id: s.seatId, state: s.state}; }),
                        sections: (now.sections || []).map(function (s) { return {id: s.sectionId, free: s.free}; })
                    }, readAt);
                })
                .catch(function () { /* the next push or reconnection corrects the page */ });
        }

        function connect() {
            var socket = new WebSocket(url);
            socket.onopen = function () {
                retry = 1000;
                catchUp();
                step.setAttribute("data-live-open", "true");
            };
            socket.onmessage = function (event) {
                apply(JSON.parse(event.data));
            };
            socket.onclose = function () {
                step.removeAttribute("data-live-open");
                setTimeout(connect, retry);
                retry = Math.min(retry * 2, 30000);
            };
        }
        connect();
    }

    ready(function () {
        countdown();
        seatMap();
    });
})();
