package org.opendrimbox.platform.health;

/**
 * A component that tells whether it is ready, implemented by the EJB singletons that own a listener and
 * looked up by {@link ListenerReadiness} under {@code java:global/drimbox/drimbox-ejb/<bean>!}{@code
 * org.opendrimbox.platform.health.ReadinessProbe}.
 */
public interface ReadinessProbe {

  /** True when the component serves requests. */
  boolean isRunning();

  /** One line for the readiness report, e.g. "listening on 2575". */
  String describe();
}
