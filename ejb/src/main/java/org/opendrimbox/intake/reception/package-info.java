/**
 * Reception of RIS messages, whatever the transport: parse, store durably (accepted or rejected, with the
 * reason), and only then acknowledge. Both the MLLP listener and the JMS adapter go through {@link
 * org.opendrimbox.intake.reception.ReceptionService}.
 */
package org.opendrimbox.intake.reception;
