/*
 * The door page's service worker (door.js registers it for the door page only: scope
 * <panel>/door.xhtml, or /door/ for door links). It lets the validator open again without a
 * network: every GET the page makes, except the door's API, goes to the network first and is kept;
 * without a network (or after 5 s) the kept copy answers. The API is never cached: answers about
 * tickets come from the server or from door.js's own offline list.
 */
'use strict';

var CACHE = 'marquee-door-v1';
var PATIENCE = 5000;

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

/** door.js sends the page's own address and its resources once the worker runs, to keep them now. */
self.addEventListener('message', function (event) {
    var urls = (event.data && event.data.keep) || [];
    event.waitUntil(caches.open(CACHE).then(function (cache) {
        return Promise.all(urls.filter(kept).map(function (url) {
            return fetch(url, {credentials: 'same-origin'}).then(function (response) {
                return response.ok ? cache.put(url, response) : null;
            }).catch(function () {
                return null;
            });
        }));
    }));
});

function kept(url) {
    var address = new URL(url, self.location.href);
    return address.origin === self.location.origin && address.pathname.indexOf('/api/') !== 0;
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET' || !kept(request.url)) {
        return;
    }
    event.respondWith(fromNetwork(request).catch(function () {
        return caches.match(request, {ignoreVary: true}).then(function (copy) {
            return copy || Response.error();
        });
    }));
});

function fromNetwork(request) {
    return new Promise(function (resolve, reject) {
        var timer = setTimeout(reject, PATIENCE);
        fetch(request).then(function (response) {
            clearTimeout(timer);
            if (response.ok && response.type === 'basic') {
                var copy = response.clone();
                caches.open(CACHE).then(function (cache) {
                    return cache.put(request, copy);
                });
            }
            resolve(response);
        }, function (error) {
            clearTimeout(timer);
            reject(error);
        });
    });
}
