/** Integration tests of the RIS intake: MLLP, acknowledgements, the journal of received messages. */
package org.opendrimbox.it.intake;
