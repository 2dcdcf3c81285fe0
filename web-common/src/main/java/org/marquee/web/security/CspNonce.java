package org.marquee.web.security;

import jakarta.faces.context.FacesContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The nonce of a Faces page's Content-Security-Policy: the one value its inline scripts carry
 * ({@link NonceResponseWriter}) and its header names ({@link ContentSecurityPolicyListener}).
 *
 * <p>A page gets a fresh random nonce each time it is rendered. An Ajax request of that page
 * renders scripts that run in the same document, under the policy it was served with, so they
 * must carry that document's nonce: PrimeFaces' client sends it back with the form
 * ({@value #PARAMETER}, added by {@code PrimeFaces.csp.init}), and it is taken from there, after
 * checking that it can only be a nonce. Nothing is stored on the server (a stateless page stays
 * without a session).
 */
public final class CspNonce {

    /** The request parameter PrimeFaces' client posts the page's nonce in. */
    public static final String PARAMETER = "primefaces.nonce";

    private static final String ATTRIBUTE = CspNonce.class.getName();
    private static final String FROM_PAGE = CspNonce.class.getName() + ".fromPage";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CspNonce() {}

    /** This request's nonce, made (or taken from an Ajax request's page) on the first call. */
    public static String of(FacesContext context) {
        Object known = context.getAttributes().get(ATTRIBUTE);
        if (known instanceof String nonce) {
            return nonce;
        }
        String nonce = null;
        if (context.getPartialViewContext().isAjaxRequest()) {
            String sent = context.getExternalContext().getRequestParameterMap().get(PARAMETER);
            if (sent != null && SHAPE.matcher(sent).matches()) {
                nonce = sent;
                context.getAttributes().put(FROM_PAGE, Boolean.TRUE);
            }
        }
        if (nonce == null) {
            nonce = fresh();
        }
        context.getAttributes().put(ATTRIBUTE, nonce);
        return nonce;
    }

    /** Whether this request's nonce is its page's (an Ajax request that sent it). */
    static boolean fromPage(FacesContext context) {
        of(context);
        return Boolean.TRUE.equals(context.getAttributes().get(FROM_PAGE));
    }

    /** 144 random bits, URL-safe base64 (24 characters, nothing to escape in a header or script). */
    static String fresh() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String nonce) {
        return nonce != null && SHAPE.matcher(nonce).matches();
    }
}
