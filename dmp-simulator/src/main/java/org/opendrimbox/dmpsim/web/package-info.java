/** The WildFly adapter: one servlet mapping the simulator at context root /dmp-simulator. */
package org.opendrimbox.dmpsim.web;
