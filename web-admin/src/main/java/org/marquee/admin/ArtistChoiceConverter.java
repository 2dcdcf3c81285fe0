package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Named;
import org.marquee.core.catalog.ArtistChoice;
import org.marquee.core.catalog.Artists;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Messages;

/** An artist picked in a form travels as its id; symmetric, "" for none. */
@Named
@RequestScoped
public class ArtistChoiceConverter implements Converter<Object> {

    @EJB
    private Artists artists;

    @Override
    public ArtistChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return artists.choice(Long.parseLong(value.strip()));
        } catch (NumberFormatException | NotFound unknown) {
            throw new ConverterException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("admin.event.artists.unknown"), null));
        }
    }

    /**
     * A form refused for another field is shown again with what it sent: the text of a value that
     * was not an artist comes back as it was (the picker escapes it), never as a failure.
     */
    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value instanceof ArtistChoice choice) {
            return String.valueOf(choice.id());
        }
        return value == null ? "" : value.toString();
    }
}
