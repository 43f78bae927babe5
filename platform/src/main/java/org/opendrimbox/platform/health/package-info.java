/**
 * Readiness checks reported by WildFly's {@code /health/ready}: the box is ready only when its database, its JMS
 * queues and its DICOM and HL7 listeners are up. WildFly only discovers MicroProfile Health checks in the
 * top-level deployment, so they live in this library jar of the EAR; the listeners, in the EJB module, are
 * reached through {@link org.opendrimbox.platform.health.ReadinessProbe}.
 */
package org.opendrimbox.platform.health;
