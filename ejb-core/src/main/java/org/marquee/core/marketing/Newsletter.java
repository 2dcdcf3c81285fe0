package org.marquee.core.marketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A newsletter: a subject and a plain text framed by a template. While it is written it can be
 * changed; once sending starts it goes to the confirmed subscribers in order of their id, one
 * batch per interval (the throttle chosen when sending started), and can no longer be changed.
 */
@Entity
@Table(name = "newsletter")
public class Newsletter {

    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 100_000;
    public static final int MAX_BATCH_SIZE = 10_000;
    public static final int MAX_BATCH_SECONDS = 3_600;

    @Id
    @SequenceGenerator(name = "newsletter_seq", sequenceName = "newsletter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_seq")
    private Long id;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 60)
    private NewsletterTemplate template;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NewsletterStatus status;

    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "batch_size")
    private Integer batchSize;

    @Column(name = "batch_seconds")
    private Integer batchSeconds;

    @Column(name = "cursor_id", nullable = false)
    private long cursorId;

    @Column(nullable = false)
    private int queued;

    @Column(name = "send_started_at")
    private Instant sendStartedAt;

    @Column(name = "next_batch_at")
    private Instant nextBatchAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected Newsletter() {}

    public Newsletter(String subject, NewsletterTemplate template, String body, String createdBy, Instant now) {
        this.status = NewsletterStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        write(subject, template, body, now);
    }

    /** Changes subject, template and text; only while it is a draft. */
    public void write(String subject, NewsletterTemplate template, String body, Instant now) {
        if (status != NewsletterStatus.DRAFT) {
            throw new IllegalStateException("A newsletter that is being sent or was sent cannot be changed.");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A newsletter needs a subject.");
        }
        String cleanSubject = subject.strip();
        if (cleanSubject.length() > SUBJECT_LENGTH || cleanSubject.contains("\n") || cleanSubject.contains("\r")) {
            throw new IllegalArgumentException("A subject is one line of at most " + SUBJECT_LENGTH + " characters.");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A newsletter needs a text.");
        }
        if (body.length() > BODY_LENGTH) {
            throw new IllegalArgumentException("A newsletter's text has at most " + BODY_LENGTH + " characters.");
        }
        this.subject = cleanSubject;
        this.template = Objects.requireNonNull(template, "template");
        this.body = body.replace("\r\n", "\n").strip();
        this.updatedAt = now;
    }

    /** Sending starts: the first batch is due at once, then one every {@code batchSeconds}. */
    public void startSending(int batchSize, int batchSeconds, Instant now) {
        if (status != NewsletterStatus.DRAFT) {
            throw new IllegalStateException("This newsletter was sent already.");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("A batch holds 1 to " + MAX_BATCH_SIZE + " messages.");
        }
        if (batchSeconds < 1 || batchSeconds > MAX_BATCH_SECONDS) {
            throw new IllegalArgumentException(
                    "Batches follow each other every 1 to " + MAX_BATCH_SECONDS + " seconds.");
        }
        this.batchSize = batchSize;
        this.batchSeconds = batchSeconds;
        this.status = NewsletterStatus.SENDING;
        this.sendStartedAt = now;
        this.nextBatchAt = now;
        this.updatedAt = now;
    }

    /** Whether a batch may be enqueued now. */
    public boolean batchDue(Instant now) {
        return status == NewsletterStatus.SENDING && !now.isBefore(nextBatchAt);
    }

    /**
     * A batch was enqueued: {@code count} messages up to the subscriber {@code lastId}. A batch
     * shorter than the batch size was the last one.
     */
    public void batchEnqueued(int count, long lastId, boolean last, Instant now) {
        if (!batchDue(now)) {
            throw new IllegalStateException("No batch is due");
        }
        if (count < 0 || count > batchSize || lastId < cursorId) {
            throw new IllegalArgumentException("A batch goes forward and holds at most the batch size");
        }
        queued += count;
        cursorId = lastId;
        updatedAt = now;
        if (last) {
            status = NewsletterStatus.SENT;
            finishedAt = now;
            nextBatchAt = null;
        } else {
            nextBatchAt = now.plus(Duration.ofSeconds(batchSeconds));
        }
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public NewsletterTemplate template() {
        return template;
    }

    public String body() {
        return body;
    }

    public NewsletterStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Integer batchSize() {
        return batchSize;
    }

    public Integer batchSeconds() {
        return batchSeconds;
    }

    public long cursorId() {
        return cursorId;
    }

    public int queued() {
        return queued;
    }

    public Instant sendStartedAt() {
        return sendStartedAt;
    }

    public Instant nextBatchAt() {
        return nextBatchAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
