/**
 * The audit trail (R46/R47): features fire {@link org.opendrimbox.audit.AuditRecord} CDI events (or call
 * {@link org.opendrimbox.audit.AuditTrail}) and every record becomes an append-only {@code audit_event} row.
 */
package org.opendrimbox.audit;
