package org.marquee.core.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event's ticket key pair: the public key as it is, the private key sealed ({@link TicketKeySealing}). */
@Entity
@Table(name = "event_ticket_key")
public class EventTicketKey {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Column(name = "private_key", nullable = false)
    private byte[] sealedPrivateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EventTicketKey() {}

    EventTicketKey(long eventId, byte[] publicKey, byte[] sealedPrivateKey, Instant createdAt) {
        this.eventId = eventId;
        this.publicKey = publicKey.clone();
        this.sealedPrivateKey = sealedPrivateKey.clone();
        this.createdAt = createdAt;
    }

    long eventId() {
        return eventId;
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    byte[] sealedPrivateKey() {
        return sealedPrivateKey.clone();
    }
}
