/** Test infrastructure: real WildFly servers provisioned from the dist zip and configured by our CLI scripts. */
package org.opendrimbox.it.support;
