/**
 * Source image service: who may read which study (published KOS coverage), WADO-RS content negotiation, INS coercion
 * and the on-disk study cache filled from the PACS. The dicomweb WAR is the HTTP adapter in front of it.
 */
package org.opendrimbox.source;
