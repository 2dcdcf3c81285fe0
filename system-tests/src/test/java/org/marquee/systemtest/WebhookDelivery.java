package org.marquee.systemtest;

/** One attempt of a provider fake to send an event: the receiver's HTTP status, or -1 when it could not be reached. */
public record WebhookDelivery(String eventId, String type, int status) {}
