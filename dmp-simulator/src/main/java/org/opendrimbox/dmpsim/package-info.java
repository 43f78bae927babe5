/** A faithful DMP simulator: XDS.b repository and registry behaviour behind one transport-neutral router. */
package org.opendrimbox.dmpsim;
