package org.marquee.marketing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.marquee.core.marketing.NewsletterDetails;
import org.marquee.core.marketing.NewsletterStatus;
import org.marquee.core.marketing.NewsletterTemplate;
import org.marquee.core.marketing.Newsletters;
import org.marquee.core.marketing.SendLog;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/**
 * Writes one newsletter, sends a test copy, starts sending with a throttle and shows the send
 * log. A newsletter that went out is shown read-only.
 */
@Named
@ViewScoped
public class NewsletterEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Newsletters newsletters;

    private Long id;
    private String subject;
    private NewsletterTemplate template = NewsletterTemplate.STANDARD;
    private String body;
    private NewsletterStatus status;
    private String testAddress;
    private String testLanguage = "en";
    private int batchSize;
    private int batchSeconds;
    private SendLog log;

    public void load() {
        batchSize = newsletters.settings().batchSize();
        batchSeconds = newsletters.settings().batchSeconds();
        if (id == null) {
            return;
        }
        NewsletterDetails newsletter;
        try {
            newsletter = newsletters.details(id);
        } catch (NotFound missing) {
            Responses.notFound();
            return;
        }
        subject = newsletter.subject();
        template = newsletter.template();
        body = newsletter.body();
        status = newsletter.status();
        refreshLog();
    }

    public String save() {
        try {
            NewsletterDetails saved = newsletters.save(id, subject, template, body);
            Messages.flashInfo("admin.saved", saved.subject());
            return "newsletter.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public void sendTest() {
        try {
            newsletters.sendTest(id, testAddress, Locale.forLanguageTag(testLanguage));
            Messages.info("marketing.newsletter.testSent", testAddress.strip());
        } catch (DomainException refusal) {
            Messages.error("test:address", refusal);
        }
    }

    public String startSending() {
        try {
            NewsletterDetails started = newsletters.startSending(id, batchSize, batchSeconds);
            Messages.flashInfo("marketing.newsletter.sendingStarted", started.subject());
            return "newsletter.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public void refreshLog() {
        if (id != null) {
            log = newsletters.log(id);
            status = log.status();
        }
    }

    public List<NewsletterTemplate> getTemplates() {
        return List.of(NewsletterTemplate.values());
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isDraft() {
        return status == null || status == NewsletterStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public NewsletterTemplate getTemplate() {
        return template;
    }

    public void setTemplate(NewsletterTemplate template) {
        this.template = template;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public NewsletterStatus getStatus() {
        return status;
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String testAddress) {
        this.testAddress = testAddress;
    }

    public String getTestLanguage() {
        return testLanguage;
    }

    public void setTestLanguage(String testLanguage) {
        this.testLanguage = testLanguage;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getBatchSeconds() {
        return batchSeconds;
    }

    public void setBatchSeconds(int batchSeconds) {
        this.batchSeconds = batchSeconds;
    }

    public SendLog getLog() {
        return log;
    }
}
