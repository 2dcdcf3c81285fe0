package org.marquee.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.marquee.core.marketing.ImportReport;
import org.marquee.core.marketing.SubscriberAdministration;
import org.marquee.core.marketing.SubscriberCounts;
import org.marquee.core.marketing.SubscriberRow;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;
import org.marquee.web.PagedModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The subscriber list: search, paging, CSV export and import, deletion on request. */
@Named
@ViewScoped
public class SubscriberList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A CSV file larger than this is refused before it is read. */
    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    @EJB
    private SubscriberAdministration subscribers;

    private PagedModel<SubscriberRow> model;
    private SubscriberCounts counts;
    private transient UploadedFile file;
    private ImportReport report;

    @PostConstruct
    void init() {
        SubscriberAdministration service = subscribers;
        model = new PagedModel<>(service::rows, SubscriberRow::id);
        counts = subscribers.counts();
    }

    public void delete(SubscriberRow row) {
        try {
            subscribers.delete(row.id());
            Messages.info("marketing.subscribers.deleted", row.email());
        } catch (DomainException refusal) {
            Messages.error(refusal);
        }
        counts = subscribers.counts();
    }

    public StreamedContent getExport() {
        byte[] csv = subscribers.exportCsv().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("newsletter-subscribers.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Messages.error("import:file", "marketing.subscribers.import.empty");
            return;
        }
        if (file.getSize() > MAX_IMPORT_BYTES) {
            Messages.error("import:file", "marketing.subscribers.import.tooLarge");
            return;
        }
        try {
            report = subscribers.importCsv(new String(file.getContent(), StandardCharsets.UTF_8));
            Messages.info(
                    "marketing.subscribers.imported",
                    report.added(),
                    report.rejected().size());
        } catch (DomainException refusal) {
            report = null;
            Messages.error(refusal);
        }
        counts = subscribers.counts();
    }

    public PagedModel<SubscriberRow> getModel() {
        return model;
    }

    public SubscriberCounts getCounts() {
        return counts;
    }

    public ImportReport getReport() {
        return report;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
