/**
 * The checkout gateway: its JSON API under {@code /checkout/api} (start an order, a session's
 * availability, get-seat / drop-seat, claim and release standing places), with every refusal as
 * an {@code application/problem+json} body. Resources are thin: one ejb-core service per call.
 */
package org.marquee.gateway;
