/**
 * Pictures of artists, events and venues: the upload checks (size, real image by decoding,
 * dimensions), the resized JPEG variants the pages show, the {@link org.marquee.core.media.Image}
 * record of each, and the {@link org.marquee.core.media.ImageStore} that keeps the files (a
 * directory by default). An owner shows at most one image; an upload is shown by its owner alone,
 * while the demo's posters are each shown by many. An image no owner shows any more is deleted,
 * its files once the change is committed.
 */
package org.marquee.core.media;
