/**
 * Publication of KOS manifests to the DMP: one task row per study and action (the truth about the work), JMS
 * messages that carry only task ids, an orchestrator that does the network I/O outside transactions, retries
 * with back-off, operator retry, and the K/T figures of the funding call.
 */
package org.opendrimbox.publication;
