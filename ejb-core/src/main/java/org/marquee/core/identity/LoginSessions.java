package org.marquee.core.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.NotFound;

/**
 * The signed-in sessions of each account: begun at every login, seen on its requests, ended by
 * logout, by the server session's end, by their owner (one, or all but this one) and by a
 * password change. A session's browser keeps the key in its server session, never in a cookie of
 * its own. Beginning, seeing and ending by key are the login machinery's (anyone's, as the
 * visitor who is logging in or out); listing and ending by id are the signed-in owner's only.
 */
@Stateless
@PermitAll // each method that acts for the owner names the roles
public class LoginSessions {

    /** The server session's idle limit (jboss-all.xml): a session unseen for longer is over. */
    static final Duration IDLE_LIMIT = Duration.ofMinutes(60);

    private static final Logger LOG = Logger.getLogger(LoginSessions.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * A new session of the account that just logged in; the key goes into its server session.
     * Null (and the session goes unlisted) if no account has that login, which the identity
     * store has just accepted: a login is never refused for the list's sake.
     */
    public String begin(String email, String userAgent, String address) {
        User user = em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", EmailAddress.normalize(email))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (user == null) {
            LOG.warning(() -> "A login of " + email + " has no account to list its session under");
            return null;
        }
        String key = Secrets.generate();
        em.persist(new LoginSession(user, Secrets.hash(key), UserAgentSummary.of(userAgent), address, clock.instant()));
        return key;
    }

    /**
     * Whether the session with this key may go on (not ended by its owner or a password change),
     * noting that it was seen. A session without a key (it logged in before sessions were
     * recorded) is judged by {@link SessionValidity} alone.
     */
    public boolean seen(String key) {
        if (key == null) {
            return true;
        }
        LoginSession session = byKey(key);
        if (session == null || !session.open()) {
            return false;
        }
        Instant now = clock.instant();
        if (session.seenLongAgo(now)) {
            session.seen(now);
        }
        return true;
    }

    /** The session ended by logging out or by the end of its server session. */
    public void ended(String key) {
        if (key == null) {
            return;
        }
        LoginSession session = byKey(key);
        if (session != null) {
            session.end(clock.instant());
        }
    }

    /** The caller's sessions that are still going, the most recently seen first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.VENUE, Role.Names.ARTIST, Role.Names.BUYER})
    public List<LoginSessionView> mine(String currentKey) {
        User user = caller();
        String current = currentKey == null ? "" : Secrets.hash(currentKey);
        Instant idleSince = clock.instant().minus(IDLE_LIMIT);
        return open(user).stream()
                .filter(s -> user.sessionValid(s.startedAt()))
                .filter(s -> s.lastSeenAt().isAfter(idleSince))
                .map(s -> s.view(s.keyHash().equals(current)))
                .toList();
    }

    /** Ends one of the caller's sessions; its next request meets the login. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.VENUE, Role.Names.ARTIST, Role.Names.BUYER})
    public void end(long sessionId) {
        User user = caller();
        LoginSession session = em.find(LoginSession.class, sessionId);
        if (session == null || !Objects.equals(session.user().id(), user.id())) {
            throw new NotFound("LoginSession", sessionId);
        }
        session.end(clock.instant());
        LOG.info(() -> "Account " + user.id() + " ended its session " + sessionId);
    }

    /** Ends every session of the caller but this browser's; how many it ended. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.VENUE, Role.Names.ARTIST, Role.Names.BUYER})
    public int endOthers(String currentKey) {
        User user = caller();
        int ended = endOthers(em, user, currentKey, clock.instant());
        LOG.info(() -> "Account " + user.id() + " ended its " + ended + " other sessions");
        return ended;
    }

    /**
     * Every session of the account but this one ends, in the caller's transaction (also a
     * password change's: static, since a call through the bean's proxy must be public).
     */
    static int endOthers(EntityManager em, User user, String currentKey, Instant now) {
        return em.createNamedQuery("LoginSession.endOthers")
                .setParameter("now", now)
                .setParameter("user", user)
                .setParameter("keep", currentKey == null ? "" : Secrets.hash(currentKey))
                .executeUpdate();
    }

    private List<LoginSession> open(User user) {
        return em.createNamedQuery("LoginSession.open", LoginSession.class)
                .setParameter("user", user)
                .getResultList();
    }

    private LoginSession byKey(String key) {
        return em.createNamedQuery("LoginSession.byKey", LoginSession.class)
                .setParameter("hash", Secrets.hash(key))
                // Another node, or the bulk end of a password change, may have ended it.
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .setHint("eclipselink.refresh", "true")
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private User caller() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || "anonymous".equals(principal.getName())) {
            throw new DomainException("account.notLoggedIn");
        }
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", EmailAddress.normalize(principal.getName()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("account.notLoggedIn"));
    }
}
