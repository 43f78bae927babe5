package org.opendrimbox.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The box's REST API, under {@code /drimbox/api}. */
@ApplicationPath("/api")
public class DrimboxRestApplication extends Application {}
