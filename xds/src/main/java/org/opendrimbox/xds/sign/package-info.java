/** XML signatures with Apache Santuario: the IHE DSG XAdES document, enveloped signatures, certificate trust. */
package org.opendrimbox.xds.sign;
