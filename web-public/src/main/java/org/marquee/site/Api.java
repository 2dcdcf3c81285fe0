package org.marquee.site;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public site's REST API lives under /api. */
@ApplicationPath("/api")
public class Api extends Application {}
