/** Implementation of the DMP client on the drimbox-xds library and java.net.http. */
package org.opendrimbox.dmp.internal;
