package org.marquee.core.payment;

/** A cancellation job was made or asked to run again: its runner starts once the transaction committed. */
public record CancellationRequested(long jobId) {}
