/** Plain-Java IHE XDS.b building blocks shared by the DMP client and the DMP simulator. */
package org.opendrimbox.xds;
