package org.marquee.marketing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.marquee.web.Messages;

/**
 * A moment typed as {@code yyyy-MM-dd HH:mm} (seconds optional) in UTC, the zone staff read
 * moments of record in. Symmetric: null is the empty string and back.
 */
@FacesConverter("utcMoment")
public class UtcMomentConverter implements Converter<Instant> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHOWN_WITH_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), TYPED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            String text = Messages.text("marketing.post.publishAt.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
        return local.getSecond() == 0 ? SHOWN.format(local) : SHOWN_WITH_SECONDS.format(local);
    }
}
