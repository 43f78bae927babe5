/** JNDI names of the server resources that the wildfly-config scripts create. */
package org.opendrimbox.platform.jndi;
