/**
 * Who may fetch images from this box: the signed ANS whitelist of DRIMboxes (R51), the peers' TLS client
 * certificates and the Pro Santé Connect access tokens checked by introspection (R20).
 */
package org.opendrimbox.trust;
