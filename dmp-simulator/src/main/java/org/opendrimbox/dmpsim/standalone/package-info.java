/** Runs the simulator outside WildFly on the JDK HTTPS server (unit tests, local use). */
package org.opendrimbox.dmpsim.standalone;
