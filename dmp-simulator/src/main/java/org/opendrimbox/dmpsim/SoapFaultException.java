package org.opendrimbox.dmpsim;

import org.opendrimbox.xds.soap.SoapFault;

/** A request refused at SOAP level (envelope, addressing or WS-Security/VIHF problem). */
public class SoapFaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SoapFault fault;

  public SoapFaultException(SoapFault fault) {
    super(fault.reason());
    this.fault = fault;
  }

  public static SoapFaultException sender(String subcode, String reason) {
    return new SoapFaultException(new SoapFault(SoapFault.SENDER, subcode, reason));
  }

  public SoapFault fault() {
    return fault;
  }
}
