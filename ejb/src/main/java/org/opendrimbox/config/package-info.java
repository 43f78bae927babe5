/**
 * The one typed settings object of the box ({@link org.opendrimbox.config.DrimboxSettings}), read from
 * environment variables and system properties and validated at start-up.
 */
package org.opendrimbox.config;
