/** CDI observer that writes fired audit records to the trail. */
package org.opendrimbox.audit.internal;
