/** Validation of what a DRIMbox sends: SOAP envelope and VIHF, R12 metadata rules, IHE DSG signature. */
package org.opendrimbox.dmpsim.validation;
