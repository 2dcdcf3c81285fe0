package org.marquee.core.platform;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
