package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marquee.core.catalog.ArtistDetails;
import org.marquee.core.catalog.Artists;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/** Creates an artist, or edits and deletes one; shows who changed it and when. */
@Named
@ViewScoped
public class ArtistEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Artists artists;

    @EJB
    private AuditTrail audit;

    private Long id;
    private String name;
    private String slug;
    private String bio;
    private List<AuditRecord> history = List.of();

    /** Loads the artist named by the id parameter; without one the form creates a new artist. */
    public void load() {
        if (id == null) {
            return;
        }
        ArtistDetails artist;
        try {
            artist = artists.details(id);
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        name = artist.name();
        slug = artist.slug();
        bio = artist.bio();
        history = audit.of("Artist", id);
    }

    public String save() {
        try {
            if (id == null) {
                ArtistDetails created = artists.add(name, slug, bio);
                Messages.flashInfo("admin.saved", created.name());
                return "artist.xhtml?faces-redirect=true&id=" + created.id();
            }
            artists.describe(id, name, bio);
            Messages.flashInfo("admin.saved", name);
            return "artist.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String delete() {
        try {
            artists.delete(id);
            Messages.flashInfo("admin.deleted", name);
            return "artists.xhtml?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
