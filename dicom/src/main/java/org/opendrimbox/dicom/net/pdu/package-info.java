/**
 * DICOM upper layer protocol data units (PS3.8 section 9.3): immutable values for A-ASSOCIATE-RQ/AC/RJ, A-ABORT and
 * their items, with a byte-exact encoder and a defensive decoder. Public so that tests can build exact PDUs.
 */
package org.opendrimbox.dicom.net.pdu;
