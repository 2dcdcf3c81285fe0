/*
 * The door's validator (docs/architecture.md, "The door in the browser"). One script for the
 * panels' door page (a logged-in staff member) and the public door-link page (a Door-Token
 * header). It scans QR codes with the camera (jsQR) or takes a typed code, asks the door's API,
 * and shows the answer full screen with a colour and a sound. It keeps the session's offline list
 * (public key and tickets) in localStorage; without a network it verifies codes itself (WebCrypto
 * Ed25519, or noble-ed25519 where WebCrypto lacks it), admits each ticket once on this device,
 * queues the check-ins with their scan time and syncs them when the network is back, listing the
 * tickets the server reports as admitted twice. The server checks everything again.
 */
(function () {
    'use strict';

    var root = document.getElementById('door-app');
    if (!root) {
        return;
    }
    var LABELS = JSON.parse(document.getElementById('door-labels').textContent);
    var PREFIX = 'mq-door:';
    var LIST_EVERY = 60000;
    var COUNTERS_EVERY = 15000;
    var PING_EVERY = 10000;
    var REQUEST_TIMEOUT = 8000;
    var SYNC_BATCH = 500;
    var LOG_SIZE = 30;
    var SAME_CODE_PAUSE = 2500;

    var cfg = {
        api: root.dataset.api,
        mode: root.dataset.mode,
        worker: root.dataset.worker,
        scope: root.dataset.scope,
        noble: root.dataset.noble,
        login: root.dataset.login
    };

    var state = {
        sessionId: root.dataset.session ? Number(root.dataset.session) : null,
        session: null,
        token: null,
        online: true,
        stopped: false,
        list: null,
        byId: {},
        used: {},
        queue: [],
        log: [],
        problems: [],
        counters: null,
        countersAt: null,
        syncing: false,
        key: null
    };

    var lang = load('lang', null) || ((navigator.language || 'en').toLowerCase().indexOf('de') === 0 ? 'de' : 'en');
    var soundOn = load('sound', true);
    var device = load('device', null);
    if (!device) {
        device = 'Door ' + Math.random().toString(36).slice(2, 6).toUpperCase();
        save('device', device);
    }

    function $(id) {
        return document.getElementById(id);
    }

    // ------------------------------------------------------------------ texts

    function t(key, values) {
        var text = (LABELS[lang] && LABELS[lang][key]) || LABELS.en[key] || key;
        if (values) {
            Object.keys(values).forEach(function (name) {
                text = text.split('{' + name + '}').join(values[name] == null ? '' : String(values[name]));
            });
        }
        return text;
    }

    function zone() {
        return (state.session && state.session.timeZone) || undefined;
    }

    function time(iso, noSeconds) {
        if (!iso) {
            return '';
        }
        var at = new Date(iso);
        var options = {hour: '2-digit', minute: '2-digit', second: noSeconds ? undefined : '2-digit', timeZone: zone()};
        // The day only when it is not today (a check-in at 19:02 needs no date at the door).
        if (new Date().toDateString() !== at.toDateString()) {
            options.day = 'numeric';
            options.month = 'short';
        }
        try {
            return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', options).format(at);
        } catch (e) {
            return at.toLocaleString();
        }
    }

    function number(n) {
        return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(n);
    }

    function applyTexts() {
        document.documentElement.lang = lang;
        root.querySelectorAll('[data-l]').forEach(function (element) {
            element.textContent = t(element.getAttribute('data-l'));
        });
        $('door-lang-en').classList.toggle('mq-door-on', lang === 'en');
        $('door-lang-de').classList.toggle('mq-door-on', lang === 'de');
        $('door-camera').textContent = t(stream ? 'camera.stop' : 'camera.start');
        renderAll();
    }

    // ------------------------------------------------------------------ storage

    function load(key, fallback) {
        try {
            var text = localStorage.getItem(PREFIX + key);
            return text == null ? fallback : JSON.parse(text);
        } catch (e) {
            return fallback;
        }
    }

    function save(key, value) {
        try {
            localStorage.setItem(PREFIX + key, JSON.stringify(value));
        } catch (e) {
            // Storage full or blocked: the door still works online; the status line tells.
            console.warn('door: cannot store ' + key, e);
        }
    }

    function sessionKey(name) {
        return name + ':' + state.sessionId;
    }

    function loadSession() {
        state.list = load(sessionKey('list'), null);
        indexList();
        state.used = load(sessionKey('used'), {});
        state.queue = load(sessionKey('queue'), []);
        state.log = load(sessionKey('log'), []);
        state.problems = load(sessionKey('problems'), []);
        state.counters = load(sessionKey('counters'), null);
    }

    function indexList() {
        state.byId = {};
        state.key = null;
        if (state.list) {
            state.list.tickets.forEach(function (ticket) {
                state.byId[ticket.ticketId] = ticket;
            });
        }
    }

    // ------------------------------------------------------------------ the API

    function Offline() {}

    function Refused(status, problem) {
        this.status = status;
        this.problem = problem || {};
    }

    function call(method, path, body) {
        var headers = {Accept: 'application/json'};
        if (body) {
            headers['Content-Type'] = 'application/json';
        }
        if (state.token) {
            headers['Door-Token'] = state.token;
        }
        var controller = new AbortController();
        var timer = setTimeout(function () {
            controller.abort();
        }, REQUEST_TIMEOUT);
        return fetch(cfg.api + path, {
            method: method,
            headers: headers,
            body: body ? JSON.stringify(body) : undefined,
            credentials: 'same-origin',
            cache: 'no-store',
            redirect: 'error',
            signal: controller.signal
        }).then(function (response) {
            clearTimeout(timer);
            if (response.status >= 500) {
                // A proxy without its server, or a server restarting: like no network.
                throw new Offline();
            }
            return response.json().catch(function () {
                return null;
            }).then(function (json) {
                if (!response.ok) {
                    throw new Refused(response.status, json);
                }
                setOnline(true);
                return json;
            });
        }, function () {
            clearTimeout(timer);
            throw new Offline();
        }).catch(function (error) {
            if (error instanceof Offline) {
                setOnline(false);
            } else if (error instanceof Refused) {
                refused(error);
            }
            throw error;
        });
    }

    /** 401 and 403 end the work of this device: the login ended, the link died, not this team's. */
    function refused(error) {
        if (error.status !== 401 && error.status !== 403) {
            return;
        }
        var type = String(error.problem.type || '');
        var reason = type.indexOf('door.token.') >= 0 ? type.slice(type.indexOf('door.token.') + 11) : null;
        var text;
        if (reason && LABELS.en['link.' + reason]) {
            text = t('link.' + reason);
        } else if (cfg.mode === 'link') {
            text = t('link.UNKNOWN');
        } else if (error.status === 401) {
            text = t('stop.login');
        } else {
            text = t('stop.scope');
        }
        stop(text, cfg.mode === 'staff' && error.status === 401);
    }

    function stop(text, loginLink) {
        state.stopped = true;
        stopCamera();
        $('door-stopped').hidden = false;
        $('door-stopped-text').textContent = text;
        $('door-stopped-login').hidden = !loginLink;
        if (loginLink) {
            $('door-stopped-login').href = cfg.login;
        }
        $('door-main').hidden = true;
        hideResult();
    }

    function setOnline(online) {
        if (state.online === online) {
            return;
        }
        state.online = online;
        renderStatus();
        if (online) {
            sync();
            refreshList();
            refreshCounters();
        } else {
            renderCounters();
        }
    }

    // ------------------------------------------------------------------ start

    function start() {
        if (cfg.mode === 'link') {
            var fromLink = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : null;
            if (fromLink) {
                save('link', fromLink);
                // The secret leaves the address bar (and screenshots); a reload finds it stored.
                history.replaceState(null, '', location.pathname + location.search);
            }
            state.token = fromLink || load('link', null);
            if (!state.token) {
                stop(t('stop.missing'), false);
                applyTexts();
                return;
            }
            var known = load('door:' + state.token.slice(0, 12), null);
            if (known) {
                useSession(known);
            }
            call('GET', '/door').then(function (session) {
                save('door:' + state.token.slice(0, 12), session);
                useSession(session);
            }, function () {
                if (!state.sessionId) {
                    applyTexts();
                }
            });
        } else {
            useSession({
                sessionId: state.sessionId,
                event: root.dataset.event,
                venue: root.dataset.venue,
                startsAt: root.dataset.starts,
                timeZone: root.dataset.zone
            });
            begin();
        }
    }

    function useSession(session) {
        var changed = state.sessionId !== session.sessionId || !state.session;
        state.session = session;
        state.sessionId = session.sessionId;
        if (changed) {
            loadSession();
        }
        applyTexts();
        if (!begun) {
            begin();
        }
    }

    var begun = false;

    function begin() {
        if (begun || state.stopped || state.sessionId == null) {
            return;
        }
        begun = true;
        applyTexts();
        refreshList();
        refreshCounters();
        sync();
        setInterval(function () {
            if (state.online) {
                refreshList();
            }
        }, LIST_EVERY);
        setInterval(function () {
            if (state.online) {
                refreshCounters();
            }
        }, COUNTERS_EVERY);
        setInterval(function () {
            if (!state.online) {
                refreshCounters();
            }
        }, PING_EVERY);
        window.addEventListener('online', function () {
            refreshCounters();
        });
        window.addEventListener('offline', function () {
            setOnline(false);
        });
        registerWorker();
    }

    function registerWorker() {
        if (!('serviceWorker' in navigator) || !cfg.worker) {
            return;
        }
        navigator.serviceWorker.register(cfg.worker, {scope: cfg.scope}).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (registration) {
            // The page and what it loaded came before the worker ran: it keeps them now.
            var keep = [location.href.split('#')[0]];
            performance.getEntriesByType('resource').forEach(function (entry) {
                if (entry.initiatorType === 'script' || entry.initiatorType === 'link' || entry.initiatorType === 'css') {
                    keep.push(entry.name);
                }
            });
            if (registration.active) {
                registration.active.postMessage({keep: keep});
            }
        }).catch(function (error) {
            console.warn('door: no service worker, the page does not reload offline', error);
        });
    }

    // ------------------------------------------------------------------ lists and counters

    function refreshList() {
        if (state.stopped || state.sessionId == null) {
            return Promise.resolve();
        }
        return call('GET', '/sessions/' + state.sessionId + '/offline').then(function (list) {
            state.list = list;
            indexList();
            // What the server knows now replaces this device's memory of tickets it has synced.
            var pending = {};
            state.queue.forEach(function (item) {
                pending[item.ticketId] = true;
            });
            Object.keys(state.used).forEach(function (id) {
                if (!pending[id] && !state.used[id].server) {
                    delete state.used[id];
                }
            });
            save(sessionKey('list'), list);
            save(sessionKey('used'), state.used);
            if (list.algorithm === 'Ed25519' && !webCryptoEd25519) {
                // Fetched now so that the service worker keeps it for a reload without a network.
                nobleLibrary().catch(function () {});
            }
            renderStatus();
            renderCounters();
        }, function () {});
    }

    function refreshCounters() {
        if (state.stopped || state.sessionId == null) {
            return Promise.resolve();
        }
        return call('GET', '/sessions/' + state.sessionId + '/counters').then(function (counters) {
            state.counters = counters;
            state.countersAt = new Date().toISOString();
            save(sessionKey('counters'), counters);
            renderCounters();
        }, function () {
            renderCounters();
        });
    }

    /** Without a network: checked in / expected per section from the offline list and this device. */
    function localCounters() {
        var sections = {};
        var order = [];
        state.list.tickets.forEach(function (ticket) {
            if (ticket.status !== 'VALID') {
                return;
            }
            var section = sections[ticket.sectionId];
            if (!section) {
                section = sections[ticket.sectionId] = {section: ticket.section, checkedIn: 0, expected: 0};
                order.push(ticket.sectionId);
            }
            section.expected++;
            if (ticket.checkedIn || state.used[ticket.ticketId]) {
                section.checkedIn++;
            }
        });
        var list = order.map(function (id) {
            return sections[id];
        });
        return {
            checkedIn: list.reduce(function (sum, s) {
                return sum + s.checkedIn;
            }, 0),
            expected: list.reduce(function (sum, s) {
                return sum + s.expected;
            }, 0),
            sections: list
        };
    }

    // ------------------------------------------------------------------ scanning

    var busy = false;

    function scanCode(code, how) {
        if (busy || state.stopped) {
            return Promise.resolve();
        }
        busy = true;
        var body = {sessionId: state.sessionId, code: code, device: device};
        var attempt = state.online ? call('POST', '', body) : Promise.reject(new Offline());
        return attempt.then(function (result) {
            remember(result);
            show(result, how);
            refreshCounters();
        }, function (error) {
            if (error instanceof Offline) {
                return checkOffline(code).then(function (result) {
                    show(result, how);
                    renderCounters();
                });
            }
            if (!(error instanceof Refused) || (error.status !== 401 && error.status !== 403)) {
                note(error.problem && error.problem.title ? error.problem.title : String(error));
            }
        }).then(function () {
            busy = false;
        }, function () {
            busy = false;
        });
    }

    function scanTyped(pnr, row, seat, place) {
        if (busy || state.stopped) {
            return Promise.resolve();
        }
        if (!state.online) {
            note(t('typed.offlinePnr'));
            return Promise.resolve();
        }
        busy = true;
        var body = {sessionId: state.sessionId, pnr: pnr, device: device};
        if (row) {
            body.row = row;
        }
        if (seat) {
            body.seat = Number(seat);
        }
        if (place) {
            body.place = Number(place);
        }
        return call('POST', '', body).then(function (result) {
            remember(result);
            show(result, 'typed');
            refreshCounters();
        }, function (error) {
            if (error instanceof Offline) {
                note(t('typed.offlinePnr'));
            } else if (error.status === 400) {
                note(error.problem.title || '');
            }
        }).then(function () {
            busy = false;
        });
    }

    /** What the server said about a ticket, so that this device answers the same without a network. */
    function remember(result) {
        if (result.ticketId && (result.answer === 'VALID' || result.answer === 'ALREADY_USED')) {
            state.used[result.ticketId] = {
                at: result.checkedInAt,
                device: result.checkedInDevice,
                by: result.checkedInBy,
                server: true
            };
            save(sessionKey('used'), state.used);
        }
    }

    // ------------------------------------------------------------------ offline checks

    function checkOffline(code) {
        var parsed = parseCode(code);
        if (!parsed) {
            return Promise.resolve({answer: 'UNKNOWN', offline: true});
        }
        if (!state.list) {
            return Promise.resolve({answer: 'NO_LIST', offline: true});
        }
        return verify(parsed).then(function (genuine) {
            if (!genuine) {
                return {answer: 'UNKNOWN', offline: true};
            }
            if (parsed.sessionId !== state.sessionId) {
                return {answer: 'WRONG_SESSION', offline: true, ticketId: parsed.ticketId};
            }
            var ticket = state.byId[parsed.ticketId];
            var seen = {
                ticketId: parsed.ticketId,
                place: ticket ? ticket.place : null,
                holder: ticket ? ticket.holder : null,
                offline: true
            };
            if (ticket && ticket.status !== 'VALID') {
                seen.answer = ticket.status;
                return seen;
            }
            var used = state.used[parsed.ticketId];
            if (used) {
                seen.answer = 'ALREADY_USED';
                seen.checkedInAt = used.at;
                seen.checkedInDevice = used.device;
                seen.checkedInBy = used.by;
                return seen;
            }
            if (ticket && ticket.checkedIn) {
                seen.answer = 'ALREADY_USED';
                seen.fromList = true;
                return seen;
            }
            var at = new Date().toISOString();
            state.used[parsed.ticketId] = {at: at, device: device, by: t('who.thisDevice')};
            state.queue.push({
                code: code.trim(),
                scannedAt: at,
                ticketId: parsed.ticketId,
                place: seen.place,
                holder: seen.holder
            });
            save(sessionKey('used'), state.used);
            save(sessionKey('queue'), state.queue);
            seen.answer = 'VALID';
            seen.unlisted = !ticket;
            seen.checkedInAt = at;
            renderStatus();
            return seen;
        });
    }

    var BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

    function base32(text) {
        var bits = 0;
        var value = 0;
        var out = [];
        for (var i = 0; i < text.length; i++) {
            var index = BASE32.indexOf(text.charAt(i));
            if (index < 0) {
                return null;
            }
            value = (value << 5) | index;
            bits += 5;
            if (bits >= 8) {
                out.push((value >>> (bits - 8)) & 255);
                bits -= 8;
            }
        }
        return new Uint8Array(out);
    }

    /** MQ1 + base32(version 1, ticket id, session id, Ed25519 signature of the first 17 bytes). */
    function parseCode(code) {
        var text = String(code || '').trim().toUpperCase();
        var prefix = (state.list && state.list.codePrefix) || 'MQ1';
        if (text.indexOf(prefix) !== 0 || text.length > 200) {
            return null;
        }
        var bytes = base32(text.slice(prefix.length));
        if (!bytes || bytes.length !== 81 || bytes[0] !== 1) {
            return null;
        }
        var view = new DataView(bytes.buffer);
        return {
            ticketId: Number(view.getBigUint64(1)),
            sessionId: Number(view.getBigUint64(9)),
            signed: bytes.slice(0, 17),
            signature: bytes.slice(17)
        };
    }

    var webCryptoEd25519 = true;
    var nobleImport = null;

    function nobleLibrary() {
        if (!nobleImport) {
            nobleImport = import(cfg.noble);
        }
        return nobleImport;
    }

    function spki() {
        return Uint8Array.from(atob(state.list.publicKey), function (c) {
            return c.charCodeAt(0);
        });
    }

    function verify(parsed) {
        if (webCryptoEd25519) {
            var key = state.key || crypto.subtle.importKey('spki', spki(), {name: 'Ed25519'}, false, ['verify']);
            state.key = key;
            return Promise.resolve(key).then(function (cryptoKey) {
                return crypto.subtle.verify({name: 'Ed25519'}, cryptoKey, parsed.signature, parsed.signed);
            }).catch(function (error) {
                if (error && error.name === 'NotSupportedError') {
                    webCryptoEd25519 = false;
                    state.key = null;
                    return verify(parsed);
                }
                return false;
            });
        }
        return nobleLibrary().then(function (ed) {
            // An Ed25519 public key is the last 32 bytes of its X.509 encoding.
            return ed.verifyAsync(parsed.signature, parsed.signed, spki().slice(-32));
        }).catch(function () {
            return false;
        });
    }

    // ------------------------------------------------------------------ sync

    function sync() {
        if (state.syncing || !state.online || state.stopped || state.queue.length === 0) {
            return Promise.resolve();
        }
        state.syncing = true;
        var batch = state.queue.slice(0, SYNC_BATCH);
        var body = {
            sessionId: state.sessionId,
            device: device,
            checkins: batch.map(function (item) {
                return {code: item.code, scannedAt: item.scannedAt};
            })
        };
        return call('POST', '/sync', body).then(function (answer) {
            var twice = 0;
            answer.results.forEach(function (result, i) {
                var item = batch[i];
                if (result.outcome === 'DUPLICATE') {
                    twice++;
                    state.problems.unshift({kind: 'duplicate', item: item, result: result});
                    state.used[item.ticketId] = {
                        at: result.checkedInAt,
                        device: result.checkedInDevice,
                        by: result.checkedInBy,
                        server: true
                    };
                } else if (result.outcome === 'REFUSED') {
                    state.problems.unshift({kind: 'refused', item: item, result: result});
                } else if (state.used[item.ticketId]) {
                    state.used[item.ticketId].server = true;
                }
            });
            state.queue = state.queue.slice(batch.length);
            save(sessionKey('queue'), state.queue);
            save(sessionKey('used'), state.used);
            save(sessionKey('problems'), state.problems);
            if (twice > 0) {
                banner(twice === 1 ? t('sync.banner.one') : t('sync.banner', {n: twice}));
            }
            state.syncing = false;
            renderStatus();
            renderProblems();
            refreshCounters();
            return sync();
        }, function () {
            state.syncing = false;
        });
    }

    // ------------------------------------------------------------------ showing results

    var COLOURS = {
        VALID: 'valid',
        ALREADY_USED: 'warn',
        WRONG_SESSION: 'warn',
        NO_LIST: 'warn'
    };
    var hideTimer = null;

    function reasonOf(result) {
        var answer = result.answer;
        if (answer === 'VALID') {
            if (result.unlisted) {
                return t('reason.VALID.unlisted');
            }
            return result.offline ? t('reason.VALID.offline') : '';
        }
        if (answer === 'ALREADY_USED') {
            if (result.fromList) {
                return t('reason.ALREADY_USED.list', {time: time(state.list.takenAt)});
            }
            return t('reason.ALREADY_USED', {
                when: time(result.checkedInAt),
                device: result.checkedInDevice || t('who.unknown'),
                who: result.checkedInBy || t('who.unknown')
            });
        }
        return t('reason.' + answer);
    }

    function show(result, how) {
        var kind = COLOURS[result.answer] || 'refuse';
        var box = $('door-result');
        box.className = 'mq-door-result mq-door-' + kind;
        box.setAttribute('data-answer', result.answer);
        $('door-result-word').textContent = t('answer.' + result.answer);
        $('door-result-place').textContent = result.place || '';
        $('door-result-holder').textContent = result.holder || '';
        $('door-result-reason').textContent = reasonOf(result);
        box.hidden = false;
        beep(kind);
        if (navigator.vibrate) {
            navigator.vibrate(kind === 'valid' ? 80 : [200, 100, 200]);
        }
        clearTimeout(hideTimer);
        hideTimer = setTimeout(hideResult, kind === 'valid' ? 2500 : 6000);
        state.log.unshift({
            at: new Date().toISOString(),
            answer: result.answer,
            place: result.place || null,
            holder: result.holder || null,
            offline: !!result.offline,
            typed: how === 'typed'
        });
        state.log = state.log.slice(0, LOG_SIZE);
        save(sessionKey('log'), state.log);
        renderLog();
    }

    function hideResult() {
        clearTimeout(hideTimer);
        $('door-result').hidden = true;
    }

    function note(text) {
        $('door-typed-note').textContent = text;
    }

    function banner(text) {
        var element = $('door-banner');
        element.textContent = text;
        element.hidden = false;
    }

    // ------------------------------------------------------------------ sound

    var audio = null;

    function unlockAudio() {
        if (!audio && (window.AudioContext || window.webkitAudioContext)) {
            audio = new (window.AudioContext || window.webkitAudioContext)();
        }
        if (audio && audio.state === 'suspended') {
            audio.resume();
        }
    }

    /** Admit: two short rising tones. Attention: two low ones. Refuse: one long low buzz. */
    function beep(kind) {
        if (!soundOn) {
            return;
        }
        unlockAudio();
        if (!audio) {
            return;
        }
        var tones = {
            valid: [[880, 0, 0.12, 'sine'], [1320, 0.14, 0.16, 'sine']],
            warn: [[440, 0, 0.18, 'triangle'], [440, 0.26, 0.18, 'triangle']],
            refuse: [[180, 0, 0.6, 'square']]
        }[kind];
        var now = audio.currentTime;
        tones.forEach(function (tone) {
            var oscillator = audio.createOscillator();
            var gain = audio.createGain();
            oscillator.type = tone[3];
            oscillator.frequency.value = tone[0];
            gain.gain.setValueAtTime(0.0001, now + tone[1]);
            gain.gain.exponentialRampToValueAtTime(0.3, now + tone[1] + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, now + tone[1] + tone[2]);
            oscillator.connect(gain).connect(audio.destination);
            oscillator.start(now + tone[1]);
            oscillator.stop(now + tone[1] + tone[2] + 0.05);
        });
    }

    // ------------------------------------------------------------------ camera

    var stream = null;
    var lastCode = null;
    var lastSeen = 0;

    function startCamera() {
        unlockAudio();
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof jsQR !== 'function') {
            $('door-camera-note').textContent = t('camera.unsupported');
            return;
        }
        navigator.mediaDevices.getUserMedia({
            video: {facingMode: {ideal: 'environment'}, width: {ideal: 1280}, height: {ideal: 720}},
            audio: false
        }).then(function (media) {
            stream = media;
            var video = $('door-video');
            video.srcObject = media;
            $('door-video-box').hidden = false;
            $('door-camera').textContent = t('camera.stop');
            $('door-camera-note').textContent = t('camera.hint');
            root.classList.add('mq-door-scanning');
            return video.play().then(tick);
        }).catch(function (error) {
            $('door-camera-note').textContent = t('camera.denied', {reason: error && error.name ? error.name : String(error)});
        });
    }

    function stopCamera() {
        if (stream) {
            stream.getTracks().forEach(function (track) {
                track.stop();
            });
        }
        stream = null;
        $('door-video-box').hidden = true;
        $('door-camera').textContent = t('camera.start');
        root.classList.remove('mq-door-scanning');
    }

    function tick() {
        if (!stream) {
            return;
        }
        var video = $('door-video');
        if (video.readyState >= 2 && video.videoWidth > 0) {
            var scale = Math.min(1, 800 / Math.max(video.videoWidth, video.videoHeight));
            var width = Math.round(video.videoWidth * scale);
            var height = Math.round(video.videoHeight * scale);
            var canvas = $('door-canvas');
            canvas.width = width;
            canvas.height = height;
            var context = canvas.getContext('2d', {willReadFrequently: true});
            context.drawImage(video, 0, 0, width, height);
            var found = jsQR(context.getImageData(0, 0, width, height).data, width, height, {
                inversionAttempts: 'dontInvert'
            });
            if (found && found.data) {
                seen(found.data);
            }
        }
        setTimeout(tick, 120);
    }

    /** A code held in front of the camera is scanned once, not again while it stays in view. */
    function seen(code) {
        var now = Date.now();
        var again = code === lastCode && now - lastSeen < SAME_CODE_PAUSE;
        lastSeen = now;
        lastCode = code;
        if (!again) {
            scanCode(code, 'camera');
        }
    }

    // ------------------------------------------------------------------ rendering

    function renderAll() {
        renderSession();
        renderStatus();
        renderCounters();
        renderLog();
        renderProblems();
        $('door-device').value = device;
        $('door-sound').textContent = t(soundOn ? 'settings.sound.on' : 'settings.sound.off');
        $('door-sound').classList.toggle('mq-door-on', soundOn);
    }

    function renderSession() {
        var session = state.session;
        $('door-event').textContent = session ? session.event : t('app.title');
        $('door-where').textContent = session
            ? [session.venue, t('app.starts', {time: time(session.startsAt, true)})].filter(Boolean).join(' · ')
            : '';
    }

    function renderStatus() {
        var pill = $('door-online');
        pill.textContent = t(state.online ? 'status.online' : 'status.offline');
        pill.className = 'mq-door-pill ' + (state.online ? 'mq-door-pill-online' : 'mq-door-pill-offline');
        root.classList.toggle('mq-door-is-offline', !state.online);
        var waiting = state.queue.length;
        var queue = $('door-queue');
        queue.textContent = waiting === 0
            ? t('status.queue.none')
            : waiting === 1 ? t('status.queue.one') : t('status.queue', {n: number(waiting)});
        queue.setAttribute('data-count', String(waiting));
        $('door-list-status').textContent = state.list
            ? t('status.list', {n: number(state.list.tickets.length), time: time(state.list.takenAt)})
            : t('status.noList');
    }

    function renderCounters() {
        var counters = state.online || !state.list ? state.counters : localCounters();
        var total = $('door-total');
        var rows = $('door-sections');
        rows.textContent = '';
        if (!counters) {
            total.textContent = '–';
            return;
        }
        total.textContent = t('counters.total', {checked: number(counters.checkedIn), expected: number(counters.expected)});
        total.setAttribute('data-checked', String(counters.checkedIn));
        total.setAttribute('data-expected', String(counters.expected));
        $('door-total-bar').style.width = (counters.expected ? (100 * counters.checkedIn / counters.expected) : 0) + '%';
        counters.sections.forEach(function (section) {
            var row = document.createElement('tr');
            var name = document.createElement('th');
            name.textContent = section.section;
            var count = document.createElement('td');
            count.textContent = number(section.checkedIn) + ' / ' + number(section.expected);
            count.setAttribute('data-checked', String(section.checkedIn));
            var bar = document.createElement('td');
            bar.className = 'mq-door-section-bar';
            var fill = document.createElement('span');
            fill.style.width = (section.expected ? 100 * section.checkedIn / section.expected : 0) + '%';
            bar.appendChild(fill);
            row.append(name, count, bar);
            rows.appendChild(row);
        });
        $('door-counters-note').textContent = state.online
            ? (state.countersAt ? t('counters.updated', {time: time(state.countersAt)}) : '')
            : t('counters.offline');
    }

    function renderLog() {
        var list = $('door-log');
        list.textContent = '';
        if (state.log.length === 0) {
            var empty = document.createElement('li');
            empty.className = 'mq-muted';
            empty.textContent = t('log.empty');
            list.appendChild(empty);
            return;
        }
        state.log.forEach(function (entry) {
            var item = document.createElement('li');
            item.className = 'mq-door-log-' + (COLOURS[entry.answer] || 'refuse');
            item.setAttribute('data-answer', entry.answer);
            var when = document.createElement('span');
            when.className = 'mq-door-log-time';
            when.textContent = time(entry.at);
            var answer = document.createElement('strong');
            answer.textContent = t('answer.' + entry.answer);
            var what = document.createElement('span');
            what.className = 'mq-door-log-what';
            var tags = [];
            if (entry.offline) {
                tags.push(t('log.offline'));
            }
            if (entry.typed) {
                tags.push(t('log.typed'));
            }
            what.textContent = [entry.place, entry.holder].filter(Boolean).join(' · ')
                + (tags.length ? ' (' + tags.join(', ') + ')' : '');
            item.append(when, answer, what);
            list.appendChild(item);
        });
    }

    function renderProblems() {
        var section = $('door-problems');
        var list = $('door-problem-list');
        list.textContent = '';
        section.hidden = state.problems.length === 0;
        state.problems.forEach(function (problem) {
            var item = document.createElement('li');
            item.className = 'mq-door-problem-' + problem.kind;
            var place = problem.item.place || problem.result.place || t('place.none');
            if (problem.kind === 'duplicate') {
                item.textContent = t('sync.duplicate', {
                    place: place,
                    holder: problem.item.holder || problem.result.holder || t('who.unknown'),
                    at: time(problem.item.scannedAt),
                    device: problem.result.checkedInDevice || t('who.unknown'),
                    who: problem.result.checkedInBy || t('who.unknown'),
                    first: time(problem.result.checkedInAt)
                });
            } else {
                item.textContent = t('sync.refused', {
                    place: place,
                    at: time(problem.item.scannedAt),
                    reason: t('reason.' + problem.result.answer)
                });
            }
            list.appendChild(item);
        });
    }

    // ------------------------------------------------------------------ controls

    $('door-camera').addEventListener('click', function () {
        if (stream) {
            stopCamera();
        } else {
            startCamera();
        }
    });

    $('door-typed').addEventListener('submit', function (event) {
        event.preventDefault();
        unlockAudio();
        note('');
        var code = $('door-code').value.trim();
        if (!code) {
            note(t('typed.empty'));
            return;
        }
        var done = /^MQ1/i.test(code)
            ? scanCode(code.replace(/\s+/g, ''), 'typed')
            : scanTyped(code.replace(/\s+/g, '').toUpperCase(), $('door-row').value.trim(), $('door-seat').value,
                $('door-place').value);
        done.then(function () {
            $('door-code').value = '';
            $('door-row').value = '';
            $('door-seat').value = '';
            $('door-place').value = '';
        });
    });

    $('door-result').addEventListener('click', hideResult);

    $('door-device').addEventListener('change', function () {
        // An emptied field keeps the last name until a new one is typed.
        var name = $('door-device').value.trim().slice(0, 100);
        if (name) {
            device = name;
            save('device', device);
        }
    });

    ['door-lang-en', 'door-lang-de'].forEach(function (id) {
        $(id).addEventListener('click', function () {
            lang = $(id).getAttribute('data-lang');
            save('lang', lang);
            applyTexts();
        });
    });

    $('door-sound').addEventListener('click', function () {
        soundOn = !soundOn;
        save('sound', soundOn);
        unlockAudio();
        renderAll();
    });

    $('door-problems-clear').addEventListener('click', function () {
        state.problems = [];
        save(sessionKey('problems'), state.problems);
        $('door-banner').hidden = true;
        renderProblems();
    });

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            hideResult();
        }
    });

    state.online = navigator.onLine !== false;
    applyTexts();
    start();
})();
