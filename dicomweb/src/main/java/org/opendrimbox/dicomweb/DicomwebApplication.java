package org.opendrimbox.dicomweb;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The DICOMweb service, at the root of its WAR ({@code /drimbox/dicomweb}). */
@ApplicationPath("/")
public class DicomwebApplication extends Application {}
