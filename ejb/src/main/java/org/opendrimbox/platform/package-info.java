/**
 * Start-up and infrastructure of the box: schema migration, JNDI names, life-cycle events, readiness checks.
 */
package org.opendrimbox.platform;
