/** The one place where HTTP errors are mapped to RFC 9457 problem+json responses. */
package org.opendrimbox.web.error;
