/** Implementation of the study cache: file layout and index, shared C-GET retrievals, eviction, PACS queries. */
package org.opendrimbox.source.internal;
