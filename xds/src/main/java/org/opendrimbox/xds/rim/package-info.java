/** ebXML RIM 3.0 model (slots, classifications, external identifiers, objects, associations) and its DOM codec. */
package org.opendrimbox.xds.rim;
