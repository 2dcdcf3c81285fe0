package org.marquee.gateway;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.web.Messages;

/** Anything else: logged here with its stack trace, answered as a 500 without it. */
@Provider
public class UnexpectedProblems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        LOG.log(Level.SEVERE, "Checkout API request failed", failure);
        return Problems.of(500, "gateway.api.error", Messages.text("gateway.api.error"));
    }
}
