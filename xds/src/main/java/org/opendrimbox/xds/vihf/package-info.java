/** The VIHF 3.0 SAML 2.0 assertion (DMP identity token) placed in wsse:Security: model, signed writer, verifying reader. */
package org.opendrimbox.xds.vihf;
