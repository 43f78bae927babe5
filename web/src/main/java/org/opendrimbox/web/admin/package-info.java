/**
 * Administration REST API: status of the box, its settings and life-cycle events, the audit trail (read-only) and
 * the whitelist in force.
 */
package org.opendrimbox.web.admin;
