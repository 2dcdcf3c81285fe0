package org.marquee.core.media;

import java.util.Objects;

/**
 * A file as the browser sent it: its name and type as declared, which only go into the audit
 * trail (the content decides what it is), and its bytes.
 */
public record ImageUpload(String fileName, String declaredType, byte[] content) {

    public ImageUpload {
        Objects.requireNonNull(content, "An upload has content, if only empty");
    }

    public long size() {
        return content.length;
    }

    /** The declared name, shortened and without control characters, for the audit trail. */
    public String displayName() {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        return name.length() > 80 ? name.substring(0, 80) + "\u2026" : name;
    }
}
