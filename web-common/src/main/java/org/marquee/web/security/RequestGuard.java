package org.marquee.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.marquee.core.identity.MarqueeAuthentication;
import org.marquee.core.identity.SessionValidity;

/**
 * The first filter of every panel (web-fragment.xml), for every request:
 *
 * <ul>
 *   <li>without {@code MARQUEE_PUBLIC_URL}, answers 400 to a request whose {@code Host} is not one
 *       of the configured names (absolute addresses are then built from the request, and a forged
 *       host must not reach a link, a cached feed or a mail);
 *   <li>reads it as UTF-8 unless it names its charset (a browser posting a form names none, and
 *       without a session Faces left the container's ISO-8859-1 in place);
 *   <li>refuses a state-changing request (POST, PUT, PATCH, DELETE) or a WebSocket handshake
 *       (which passes here before the container's WebSocket filter) that a browser sent from
 *       another site: its {@code Origin} is neither the site's ({@code MARQUEE_PUBLIC_URL}) nor
 *       the requested host, or it has no Origin and says {@code Sec-Fetch-Site: cross-site}.
 *       Programs (API clients, payment webhooks) send no Origin and pass;
 *   <li>ends a logged-in session whose account ended its sessions since (password reset or change,
 *       deletion), or that its owner ended from the list of their sessions;
 *   <li>where {@code MARQUEE_PUBLIC_URL} is set, presents the request at that address (scheme,
 *       host, port), so that no absolute address is built from a forged {@code Host};
 *   <li>behind a trusted proxy ({@code MARQUEE_TRUST_PROXY=true}) that says the browser came over
 *       HTTPS, presents the request as HTTPS and marks its cookies {@code Secure};
 *   <li>adds the security headers to the answer (also to error pages).
 * </ul>
 */
public class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());

    static final String CSP = "Content-Security-Policy";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final String EXPIRED_PAGE = "/WEB-INF/errors/expired.xhtml";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Where other sites post by design: the sign-in providers' form_post return (checked by its state). */
    private static final Set<String> CROSS_SITE_POSTS = Set.of("/sso/callback/");

    private final transient SiteSecurity site;

    @EJB
    private transient SessionValidity sessions;

    public RequestGuard() {
        this(SiteSecurity.current());
    }

    RequestGuard(SiteSecurity site) {
        this.site = site;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addHeaders(request, response);
        if (request.getDispatcherType() == DispatcherType.FORWARD) {
            // A filter of the web module that ran first and forwarded (the public site's friendly
            // addresses /events/<slug>, /newsletter and the like): the same checks, and the page
            // still gets the site's address.
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            if (!SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (nulInParameters(request)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            chain.doFilter(atPublicAddress(request), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        if (!site.hostAllowed(request.getHeader("Host"))) {
            LOG.info(() -> "Refused a request for host " + printable(request.getHeader("Host")));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        if (nulInParameters(request)) {
            LOG.info(() -> "Refused a parameter with a NUL character on " + request.getMethod() + " "
                    + printable(request.getRequestURI()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if ((!SAFE_METHODS.contains(request.getMethod()) || webSocket(request)) && crossSite(request)) {
            LOG.info(() -> "Refused a cross-site " + request.getMethod() + " " + request.getRequestURI() + " from "
                    + request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (sessionEnded(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI());
            return;
        }
        chain.doFilter(atPublicAddress(request), response);
        if (Boolean.TRUE.equals(request.getAttribute(ExpiredViews.EXPIRED)) && !response.isCommitted()) {
            expired(request, response);
        }
    }

    private HttpServletRequest atPublicAddress(HttpServletRequest request) {
        if (request instanceof PublicAddress || request instanceof ForwardedHttps) {
            return request;
        }
        if (site.publicOrigin().isPresent()) {
            return new PublicAddress(request, site);
        }
        if (!request.isSecure() && site.forwardedHttps(request.getHeader("X-Forwarded-Proto"))) {
            SecureCookies.forThisResponse(request);
            return new ForwardedHttps(request);
        }
        return request;
    }

    /** A header value fit for one log line: no line breaks, at most 100 characters. */
    private static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        String line = value.replaceAll("[\\p{Cntrl}]", "?");
        return line.length() > 100 ? line.substring(0, 100) + "..." : line;
    }

    /**
     * A logged-in session whose account ended its sessions since (a password reset, a deletion)
     * or is gone or disabled: logged out here, and the request sent again as a GET, which then
     * meets the login where the page needs one.
     */
    private boolean sessionEnded(HttpServletRequest request) throws ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (sessions == null
                || caller == null
                || session == null
                || request.getRequestURI().contains(RESOURCES)) {
            return false;
        }
        Object loggedInAt = session.getAttribute(MarqueeAuthentication.LOGGED_IN_AT);
        Object loginSession = session.getAttribute(MarqueeAuthentication.LOGIN_SESSION);
        if (sessions.isValid(
                caller.getName(),
                loggedInAt instanceof Instant at ? at : null,
                loginSession instanceof String key ? key : null)) {
            return false;
        }
        LOG.info(() -> "Ended a session of " + caller.getName() + " that logged in before its account ended them");
        request.logout();
        session.invalidate();
        return true;
    }

    /**
     * The expired page with a 400; an Ajax request (which cannot show a page) is sent to a fresh
     * copy of the page it came from.
     */
    private void expired(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.reset();
        addHeaders(request, response);
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String url = request.getRequestURI()
                    .replace("&", "&amp;")
                    .replace("\"", "&quot;")
                    .replace("<", "&lt;");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + url
                            + "\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher(EXPIRED_PAGE).forward(new FreshGet(request), response);
    }

    void addHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, site.contentSecurityPolicy());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (https(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /**
     * Served over HTTPS as the browser sees it: directly, per the site's address, or behind a
     * TLS proxy that is trusted to say so ({@code X-Forwarded-Proto} alone proves nothing).
     */
    boolean https(HttpServletRequest request) {
        return request.isSecure() || site.publicHttps() || site.forwardedHttps(request.getHeader("X-Forwarded-Proto"));
    }

    /** A WebSocket handshake (the live seat maps, Faces push): a GET, but a browser sends its Origin. */
    /**
     * Whether a parameter holds a NUL character, which no text of ours has and PostgreSQL cannot
     * store: refused here rather than failing deep in a query. Form fields and the query string
     * are read; a JSON or multipart body is its reader's (JsonBodies refuses NUL too).
     */
    static boolean nulInParameters(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && !type.startsWith("application/x-www-form-urlencoded")) {
            String query = request.getQueryString();
            return query != null && query.toUpperCase(Locale.ROOT).contains("%00");
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean webSocket(HttpServletRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    boolean crossSite(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (CROSS_SITE_POSTS.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
        }
        return !sameSite(origin, request.getHeader("Host"));
    }

    /** The Origin is the site's configured one, or names the host (and port) the request was sent to. */
    boolean sameSite(String origin, String host) {
        String given = SiteSecurity.origin(origin).orElse(null);
        if (given == null) {
            return false; // "null" (a sandboxed frame, a redirect across sites) or garbage
        }
        if (site.publicOrigin().map(given::equals).orElse(false)) {
            return true;
        }
        if (host == null) {
            return false;
        }
        URI uri = URI.create(given);
        String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String requested = host.trim().toLowerCase(Locale.ROOT);
        return authority.equals(requested)
                || authority.equals(requested.replaceFirst(":(80|443)$", ""))
                || requested.equals(authority.replaceFirst(":(80|443)$", ""));
    }

    /**
     * The request as seen at the site's configured address: what pages and servlets build
     * absolute addresses from ({@code #{request.scheme}://#{request.serverName}...}, the Atom
     * feed, invitation links) then never carries a {@code Host} header someone chose.
     */
    private static final class PublicAddress extends HttpServletRequestWrapper {

        private final URI origin;

        PublicAddress(HttpServletRequest request, SiteSecurity site) {
            super(request);
            this.origin = URI.create(site.publicOrigin().orElseThrow());
        }

        @Override
        public String getScheme() {
            return origin.getScheme();
        }

        @Override
        public String getServerName() {
            return origin.getHost();
        }

        @Override
        public int getServerPort() {
            return origin.getPort() >= 0 ? origin.getPort() : "https".equals(origin.getScheme()) ? 443 : 80;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(origin.toString()).append(getRequestURI());
        }
    }

    /**
     * The request as the browser made it behind a trusted TLS proxy: HTTPS, on the port the proxy
     * names ({@code X-Forwarded-Port}, default 443), so that addresses built from it are https.
     */
    private static final class ForwardedHttps extends HttpServletRequestWrapper {

        ForwardedHttps(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public int getServerPort() {
            String port = getHeader("X-Forwarded-Port");
            if (port != null && port.strip().matches("\\d{1,5}")) {
                return Integer.parseInt(port.strip());
            }
            return 443;
        }

        @Override
        public StringBuffer getRequestURL() {
            int port = getServerPort();
            return new StringBuffer("https://")
                    .append(getServerName())
                    .append(port == 443 ? "" : ":" + port)
                    .append(getRequestURI());
        }
    }

    /** The request as a plain GET without parameters, so that the expired page is not a postback itself. */
    private static final class FreshGet extends HttpServletRequestWrapper {

        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
