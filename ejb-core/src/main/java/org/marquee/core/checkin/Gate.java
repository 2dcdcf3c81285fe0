package org.marquee.core.checkin;

/**
 * Who scans at the door, established once per request: a staff member within their scope, or a
 * door token of this session. {@link #who()} is what check-ins and the scan log record.
 */
public record Gate(long sessionId, String staffLogin, Long doorTokenId, String doorTokenLabel) {

    static Gate staff(long sessionId, String login) {
        return new Gate(sessionId, login, null, null);
    }

    static Gate door(long sessionId, long tokenId, String label) {
        return new Gate(sessionId, null, tokenId, label);
    }

    public String who() {
        return staffLogin != null ? staffLogin : "door link \"" + doorTokenLabel + "\"";
    }
}
