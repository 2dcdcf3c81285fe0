package org.marquee.gateway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The gateway's JSON API lives under /checkout/api. */
@ApplicationPath("/api")
public class CheckoutApi extends Application {}
