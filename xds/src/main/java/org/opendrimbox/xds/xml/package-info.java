/** Namespaces and hardened DOM helpers (parse, serialise, child lookup) used by every XDS codec. */
package org.opendrimbox.xds.xml;
