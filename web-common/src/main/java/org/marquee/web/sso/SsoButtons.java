package org.marquee.web.sso;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.marquee.core.identity.MarqueeAuthentication;
import org.marquee.core.identity.sso.SsoRefused;
import org.marquee.core.identity.sso.SsoSettings;
import org.marquee.web.Messages;

/**
 * The single sign-on buttons of a login page: one per configured provider, each a link to the
 * public site's {@code /sso/start/<provider>} that remembers which panel asked and the page to
 * continue to. Also the message of a sign-in that came back refused ({@code ?sso=<reason>}).
 */
@Named("ssoButtons")
@RequestScoped
public class SsoButtons {

    /** Where the sign-in starts: the public site, so every panel shares one redirect address. */
    public static final String START_PATH = "/sso/start/";

    public static final String REFUSAL_PARAMETER = "sso";

    @Inject
    private SsoSettings settings;

    @Inject
    private HttpServletRequest request;

    /** One button. A class with getters: Jakarta EL 5 does not read record components. */
    public static final class Button {
        private final String key;
        private final String label;
        private final String href;

        Button(String key, String label, String href) {
            this.key = key;
            this.label = label;
            this.href = href;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public String getHref() {
            return href;
        }
    }

    public List<Button> getProviders() {
        String continueTo = request.getParameter(MarqueeAuthentication.CONTINUE_PARAMETER);
        String query = "?from=" + encode(request.getContextPath())
                + (MarqueeAuthentication.isSafeContinuation(continueTo) ? "&continue=" + encode(continueTo) : "");
        return settings.offered().stream()
                .map(provider -> new Button(provider.key(), provider.label(), START_PATH + provider.key() + query))
                .toList();
    }

    /** The message for a refused sign-in, or null; only our own reasons are shown. */
    public String getRefusal() {
        String reason = request.getParameter(REFUSAL_PARAMETER);
        return Arrays.stream(SsoRefused.Reason.values())
                .filter(known -> known.key().equals(reason))
                .findFirst()
                .map(known -> Messages.text("sso.refused." + known.key()))
                .orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
