/** Implementation of the trust feature: XAdES verification, PKIX with CRLs, RFC 7662 client and cache. */
package org.opendrimbox.trust.internal;
