package org.marquee.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A posted page whose view state cannot be restored (expired, from another server's restart,
 * forged, or "stateless" for a page that has state) is answered "this page has expired" with a
 * 400 and one log line, instead of a 500 and a stack trace per request. The failure is marked on
 * the request here and answered by {@link RequestGuard} once Faces is done with it.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    /** The request attribute that tells {@link RequestGuard} to answer with the expired page. */
    static final String EXPIRED = ExpiredViews.class.getName() + ".expired";

    private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext event = events.next().getContext();
                if (isExpired(event)) {
                    events.remove();
                    FacesContext faces = event.getContext();
                    LOG.info(() -> "The view state of a post to "
                            + faces.getExternalContext().getRequestServletPath()
                            + " could not be restored ("
                            + event.getException().getClass().getSimpleName()
                            + "): answered as an expired page");
                    faces.getExternalContext().getRequestMap().put(EXPIRED, Boolean.TRUE);
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpired(ExceptionQueuedEventContext event) {
            if (event.getPhaseId() == PhaseId.RESTORE_VIEW
                    && event.getContext()
                            .getExternalContext()
                            .getRequestParameterMap()
                            .containsKey("jakarta.faces.ViewState")) {
                return true;
            }
            for (Throwable t = event.getException(); t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
