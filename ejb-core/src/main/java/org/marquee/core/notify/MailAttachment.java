package org.marquee.core.notify;

import java.util.Objects;

/** A file sent with an email: its name as the recipient sees it, its media type and its bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("Not a file name: " + fileName);
        }
    }
}
