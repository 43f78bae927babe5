/** Body codecs of the XDS.b transactions used with the DMP: ITI-41, ITI-43, ITI-18, ITI-57 and RegistryResponse. */
package org.opendrimbox.xds.transaction;
