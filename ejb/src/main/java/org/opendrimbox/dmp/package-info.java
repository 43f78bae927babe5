/**
 * The DMP client: publish, replace, unpublish and re-classify KOS manifests (ITI-41, ITI-57) and
 * search/retrieve them (ITI-18, ITI-43), with VIHF identity, IHE DSG signature and mutual TLS.
 */
package org.opendrimbox.dmp;
