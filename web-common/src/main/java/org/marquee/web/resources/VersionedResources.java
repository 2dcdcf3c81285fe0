package org.marquee.web.resources;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;

/**
 * Faces resources (stylesheets, scripts, images of a library) with their content in their
 * address, so that browsers may keep them for a year: each address gets {@code v=} with a hash of
 * the resource's bytes unless it has a version already (PrimeFaces gives its own), and a request
 * that names a version is answered {@code Cache-Control: public, max-age=31536000, immutable}.
 * A changed file has a new address; a page never meets a stale copy. See {@link VersionedResource}.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return VersionedResource.of(super.createResource(name));
    }

    @Override
    public Resource createResource(String name, String library) {
        return VersionedResource.of(super.createResource(name, library));
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return VersionedResource.of(super.createResource(name, library, contentType));
    }
}
