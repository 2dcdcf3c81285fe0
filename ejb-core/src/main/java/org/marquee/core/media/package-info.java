/**
 * Pictures of artists, events and venues: the upload checks (size, real image by decoding,
 * dimensions), the resized JPEG variants the pages show, the {@link org.marquee.core.media.Image}
 * record of each, and the {@link org.marquee.core.media.ImageStore} that keeps the files (a
 * directory by default). An owner refers to at most one image, and an image to one owner:
 * replacing or removing it deletes the old files once the change is committed.
 */
package org.marquee.core.media;
