package org.marquee.web.resources;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One resource of {@link VersionedResources}: its address carries its version, its answer says "keep it". */
final class VersionedResource extends ResourceWrapper {

    /** A year, the longest a cache is asked to keep anything; immutable: no revalidation either. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Logger LOG = Logger.getLogger(VersionedResource.class.getName());

    /** The version of each resource by library and name: its bytes do not change while the application runs. */
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private static final String NONE = "";

    private VersionedResource(Resource wrapped) {
        super(wrapped);
    }

    static Resource of(Resource resource) {
        return resource == null || resource instanceof VersionedResource ? resource : new VersionedResource(resource);
    }

    @Override
    public String getRequestPath() {
        String path = super.getRequestPath();
        if (hasVersion(path)) {
            return path;
        }
        String version = VERSIONS.computeIfAbsent(getLibraryName() + "/" + getResourceName(), key -> hash());
        return version.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + "v=" + version;
    }

    @Override
    public Map<String, String> getResponseHeaders() {
        Map<String, String> headers = new HashMap<>(super.getResponseHeaders());
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null
                && context.getExternalContext().getRequestParameterMap().get("v") != null) {
            headers.put("Cache-Control", IMMUTABLE);
        }
        return headers;
    }

    /** Whether an address names a version already: {@code ?v=} or {@code &v=}. */
    static boolean hasVersion(String path) {
        return path.contains("?v=") || path.contains("&v=");
    }

    /** The first 12 hexadecimal digits of the SHA-256 of the bytes; none when they cannot be read. */
    private String hash() {
        try (InputStream in = getWrapped().getInputStream()) {
            if (in == null) {
                return NONE;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.log(Level.FINE, "No version for " + getResourceName(), e);
            return NONE;
        }
    }
}
