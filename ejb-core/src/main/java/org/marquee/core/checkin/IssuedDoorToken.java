package org.marquee.core.checkin;

/**
 * A door link just made: its secret is in {@link #link()} and shown this once (only its hash is
 * kept), with the QR code of the link as SVG for printing or showing on a screen.
 */
public record IssuedDoorToken(long id, String token, String link, String qrSvg) {

    @Override
    public String toString() {
        return "door link " + id;
    }
}
