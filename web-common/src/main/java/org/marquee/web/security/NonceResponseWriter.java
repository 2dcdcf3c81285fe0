package org.marquee.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the page's nonce on every {@code <script>} element a component renders (PrimeFaces'
 * widget set-up, its collected event handlers, Faces' own scripts), so they run under a policy
 * without {@code 'unsafe-inline'}. It sits under every other writer (it is made by the render
 * kit, {@link NonceRenderKitFactory}), so the scripts PrimeFaces writes itself pass through it too.
 * Scripts in a page's template text are not components and get no nonce: pages have none (their
 * code lives in files), and a JSON data block ({@code type="application/json"}) needs none.
 */
final class NonceResponseWriter extends ResponseWriterWrapper {

    private final String nonce;

    NonceResponseWriter(ResponseWriter wrapped, String nonce) {
        super(wrapped);
        this.nonce = nonce;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        super.startElement(name, component);
        if ("script".equalsIgnoreCase(name)) {
            super.writeAttribute("nonce", nonce, null);
        }
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!"nonce".equalsIgnoreCase(name)) { // ours is written already
            super.writeAttribute(name, value, property);
        }
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new NonceResponseWriter(getWrapped().cloneWithWriter(writer), nonce);
    }
}
