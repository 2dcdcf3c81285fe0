package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.marquee.core.notify.MailTemplates;
import org.marquee.core.notify.OutboxAdministration;
import org.marquee.core.notify.OutboxRow;
import org.marquee.core.notify.OutboxStatus;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.web.Messages;
import org.marquee.web.PagedModel;

/** The mail page: the outbox table, a test mail, and sending a failed message again. */
@Named
@ViewScoped
public class MailAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "mail.xhtml?faces-redirect=true";

    @EJB
    private OutboxAdministration administration;

    private PagedModel<OutboxRow> model;
    private String address;
    private String language = MailTemplates.DEFAULT_LANGUAGE;

    @PostConstruct
    void init() {
        OutboxAdministration service = administration;
        model = new PagedModel<>(
                request -> service.page(request, status(request.filters().get("status"))), OutboxRow::id);
    }

    /** The status column's filter value; anything that is not a status means "any status". */
    private static OutboxStatus status(String name) {
        return Arrays.stream(OutboxStatus.values())
                .filter(status -> status.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    public String sendTest() {
        try {
            String recipient = administration.sendTestMail(address, MailTemplates.locale(language));
            Messages.flashInfo("admin.mail.test.queued", recipient);
            return SELF;
        } catch (InvalidEmail refusal) {
            Messages.error("test:address", refusal);
            return null;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String retry(OutboxRow message) {
        try {
            administration.retry(message.id());
            Messages.flashInfo("admin.mail.retried", message.recipient());
            return SELF;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public PagedModel<OutboxRow> getModel() {
        return model;
    }

    public List<OutboxStatus> getStatuses() {
        return List.of(OutboxStatus.values());
    }

    public List<String> getLanguages() {
        return MailTemplates.LANGUAGES;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Messages are written to the server's log, not sent: the list says so. */
    public boolean isTextsLogOnly() {
        return administration.writesTextsToLogOnly();
    }

    public boolean isLogOnly() {
        return administration.writesToLogOnly();
    }
}
