package org.opendrimbox.platform;

/** The version of the running application, from the jar manifest. */
public final class BoxVersion {

  private BoxVersion() {}

  public static String current() {
    String v = BoxVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
