/** File-based persistence of the simulated registry and repository (survives restarts). */
package org.opendrimbox.dmpsim.store;
