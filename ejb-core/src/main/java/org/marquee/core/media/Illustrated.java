package org.marquee.core.media;

/** Something pages show with a picture: an artist, an event, a venue. It has at most one. */
public interface Illustrated {

    Long id();

    /** The picture, or null. */
    Image image();

    /** Shows this picture from now on, or none (null); the caller releases the previous one. */
    void showImage(Image image);
}
