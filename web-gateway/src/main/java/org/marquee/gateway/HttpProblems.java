package org.marquee.gateway;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (no such path, wrong method, unreadable JSON) as problem+json too. */
@Provider
public class HttpProblems implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code =
                switch (status) {
                    case 400 -> "gateway.api.badRequest";
                    case 404 -> "gateway.api.noSuchPath";
                    case 405 -> "gateway.api.methodNotAllowed";
                    case 406, 415 -> "gateway.api.json";
                    default -> "gateway.api.error";
                };
        return Problems.of(status, code, org.marquee.web.Messages.text(code));
    }
}
