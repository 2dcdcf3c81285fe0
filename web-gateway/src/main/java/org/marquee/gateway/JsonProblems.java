package org.marquee.gateway;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.marquee.web.Messages;

/** A request body that is not JSON (the JSON-P reader throws before any resource runs) is a 400. */
@Provider
public class JsonProblems implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        return Problems.of(400, "gateway.api.badRequest", Messages.text("gateway.api.badRequest"));
    }
}
