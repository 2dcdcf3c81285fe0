package org.marquee.site.door;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.checkin.DoorLists;
import org.marquee.core.checkin.DoorTokens;
import org.marquee.core.checkin.OfflineCheckin;
import org.marquee.core.checkin.OfflineList;
import org.marquee.core.checkin.ScanLine;
import org.marquee.core.checkin.ScanResult;
import org.marquee.core.checkin.SectionCount;
import org.marquee.core.checkin.SyncedCheckin;
import org.marquee.core.checkin.TicketValidation;
import org.marquee.core.platform.InvalidInput;
import org.marquee.web.json.JsonBodies;

/**
 * The door's API (see docs/architecture.md, "The door's API"). The caller is a logged-in staff
 * member (session cookie) or holds a door link ({@value #DOOR_TOKEN} header); both are checked on
 * every request by the services, whatever the body says.
 */
@Path("/public/validate")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ValidateResource {

    /** The header that carries a door link's secret (the part after '#' of the link). */
    public static final String DOOR_TOKEN = "Door-Token";

    @EJB
    private TicketValidation validation;

    @EJB
    private DoorLists lists;

    @EJB
    private DoorTokens tokens;

    @EJB
    private SessionOffers offers;

    /**
     * One scan: {@code {"sessionId": 42, "code": "MQ1...", "device": "north door 1"}}, or by hand
     * {@code {"sessionId": 42, "pnr": "K7M2Q9X", "row": "A", "seat": 12}} ({@code "place": 3} for a
     * standing place; neither when the booking has one ticket).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response validate(String body, @HeaderParam(DOOR_TOKEN) String doorToken) {
        JsonObject scan = JsonBodies.read(body);
        long sessionId = JsonBodies.id(scan, "sessionId");
        String device = JsonBodies.text(scan, "device");
        String code = JsonBodies.text(scan, "code");
        String pnr = JsonBodies.text(scan, "pnr");
        if ((code == null) == (pnr == null)) {
            throw new InvalidInput("Send either \"code\" or \"pnr\"");
        }
        ScanResult result = code != null
                ? validation.scan(sessionId, code, device, doorToken)
                : validation.typed(
                        sessionId,
                        pnr,
                        JsonBodies.text(scan, "row"),
                        JsonBodies.optionalInt(scan, "seat"),
                        JsonBodies.optionalInt(scan, "place"),
                        device,
                        doorToken);
        return json(result(result).build());
    }

    /**
     * Check-ins an offline device queued: {@code {"sessionId": 42, "device": "north door 1",
     * "checkins": [{"code": "MQ1...", "scannedAt": "2026-05-01T19:02:03Z"}]}}, at most 500.
     */
    @POST
    @Path("/sync")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sync(String body, @HeaderParam(DOOR_TOKEN) String doorToken) {
        JsonObject sync = JsonBodies.read(body);
        long sessionId = JsonBodies.id(sync, "sessionId");
        if (!(sync.get("checkins") instanceof JsonArray items)) {
            throw new InvalidInput("The request needs a list \"checkins\"");
        }
        List<OfflineCheckin> checkins = new ArrayList<>();
        for (JsonValue item : items) {
            if (!(item instanceof JsonObject checkin)) {
                throw new InvalidInput("Each check-in is an object");
            }
            checkins.add(new OfflineCheckin(
                    JsonBodies.text(checkin, "code"), instant(JsonBodies.text(checkin, "scannedAt"))));
        }
        List<SyncedCheckin> synced = validation.sync(sessionId, JsonBodies.text(sync, "device"), checkins, doorToken);
        JsonArrayBuilder results = JsonBodies.array();
        synced.forEach(s -> results.add(result(s.result())
                .add("code", s.code() == null ? "" : s.code())
                .add("outcome", s.outcome().name())));
        long duplicates = synced.stream()
                .filter(s -> s.outcome() == SyncedCheckin.Outcome.DUPLICATE)
                .count();
        return json(JsonBodies.object()
                .add("sessionId", sessionId)
                .add("duplicates", duplicates)
                .add("results", results)
                .build());
    }

    /** The session a door link opens, with what the validator shows about it. */
    @GET
    @Path("/door")
    public Response door(@HeaderParam(DOOR_TOKEN) String doorToken) {
        long sessionId = tokens.sessionOf(doorToken);
        SessionOffer offer = offers.offer(sessionId);
        return json(JsonBodies.object()
                .add("sessionId", sessionId)
                .add("event", offer.eventTitle())
                .add("venue", offer.venueName())
                .add("startsAt", offer.startsAt().toString())
                .add("timeZone", offer.timeZone().getId())
                .build());
    }

    /** Checked in / expected per section, and in total. */
    @GET
    @Path("/sessions/{sessionId}/counters")
    public Response counters(@PathParam("sessionId") long sessionId, @HeaderParam(DOOR_TOKEN) String doorToken) {
        List<SectionCount> counts = lists.counters(sessionId, doorToken);
        JsonArrayBuilder sections = JsonBodies.array();
        counts.forEach(c -> sections.add(JsonBodies.object()
                .add("sectionId", c.sectionId())
                .add("section", c.section())
                .add("checkedIn", c.checkedIn())
                .add("expected", c.expected())));
        return json(JsonBodies.object()
                .add("sessionId", sessionId)
                .add(
                        "checkedIn",
                        counts.stream().mapToLong(SectionCount::checkedIn).sum())
                .add(
                        "expected",
                        counts.stream().mapToLong(SectionCount::expected).sum())
                .add("sections", sections)
                .build());
    }

    /** The offline list: the event's public key and every ticket of the session with its state. */
    @GET
    @Path("/sessions/{sessionId}/offline")
    public Response offline(@PathParam("sessionId") long sessionId, @HeaderParam(DOOR_TOKEN) String doorToken) {
        OfflineList list = lists.offline(sessionId, doorToken);
        JsonArrayBuilder tickets = JsonBodies.array();
        list.tickets().forEach(t -> {
            JsonObjectBuilder entry = JsonBodies.object()
                    .add("ticketId", t.ticketId())
                    .add("status", t.status().name())
                    .add("checkedIn", t.checkedIn())
                    .add("sectionId", t.sectionId())
                    .add("section", t.section())
                    .add("place", t.place());
            if (t.holder() != null) {
                entry.add("holder", t.holder());
            }
            tickets.add(entry);
        });
        return json(JsonBodies.object()
                .add("sessionId", list.sessionId())
                .add("eventId", list.eventId())
                .add("algorithm", list.algorithm())
                .add("publicKey", list.publicKey())
                .add("codePrefix", org.marquee.core.checkin.TicketCode.PREFIX)
                .add("takenAt", list.takenAt().toString())
                .add("tickets", tickets)
                .build());
    }

    /** The latest scans, newest first. */
    @GET
    @Path("/sessions/{sessionId}/scans")
    public Response scans(
            @PathParam("sessionId") long sessionId,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @HeaderParam(DOOR_TOKEN) String doorToken) {
        JsonArrayBuilder scans = JsonBodies.array();
        for (ScanLine line : lists.scans(sessionId, doorToken, limit)) {
            JsonObjectBuilder json = JsonBodies.object()
                    .add("scannedAt", line.scannedAt().toString())
                    .add("answer", line.answer().name())
                    .add("device", line.device())
                    .add("by", line.who())
                    .add("offline", line.offline());
            if (line.ticketId() != null) {
                json.add("ticketId", line.ticketId());
            }
            scans.add(json);
        }
        return json(JsonBodies.object()
                .add("sessionId", sessionId)
                .add("scans", scans)
                .build());
    }

    private static JsonObjectBuilder result(ScanResult r) {
        JsonObjectBuilder json = JsonBodies.object()
                .add("answer", r.answer().name())
                .add("admit", r.answer().admits())
                .add("sessionId", r.sessionId());
        if (r.ticketId() != null) {
            json.add("ticketId", r.ticketId());
        }
        if (r.place() != null) {
            json.add("place", r.place());
        }
        if (r.holder() != null) {
            json.add("holder", r.holder());
        }
        if (r.checkedInAt() != null) {
            json.add("checkedInAt", r.checkedInAt().toString());
        }
        if (r.checkedInDevice() != null) {
            json.add("checkedInDevice", r.checkedInDevice());
        }
        if (r.checkedInBy() != null) {
            json.add("checkedInBy", r.checkedInBy());
        }
        return json;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("\"scannedAt\" must be an ISO-8601 instant such as 2026-05-01T19:02:03Z");
        }
    }

    private static Response json(JsonObject body) {
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .build();
    }
}
