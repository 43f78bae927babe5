package org.opendrimbox.xds.transaction;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** An {@code rs:RegistryResponse} status with its error list. */
public record RegistryResponse(String status, List<RegistryError> errors) {
  public static final String SUCCESS = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success";
  public static final String FAILURE = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure";
  public static final String PARTIAL =
      "urn:ihe:iti:2007:ResponseStatusType:PartialSuccess";

  public RegistryResponse {
    errors = List.copyOf(errors);
  }

  public static RegistryResponse success() {
    return new RegistryResponse(SUCCESS, List.of());
  }

  public static RegistryResponse failure(List<RegistryError> errors) {
    return new RegistryResponse(FAILURE, errors);
  }

  public boolean isSuccess() {
    return SUCCESS.equals(status);
  }

  /** Appends {@code rs:RegistryResponse} (ITI-41 / ITI-57 response body). */
  public Element write(Node parent) {
    Element e = Xml.append(parent, Ns.RS, "rs:RegistryResponse");
    e.setAttribute("status", status);
    writeErrors(e);
    return e;
  }

  /** Appends the status attribute and error list to an existing response element. */
  public void writeInto(Element response) {
    response.setAttribute("status", status);
    writeErrors(response);
  }

  private void writeErrors(Element e) {
    if (errors.isEmpty()) {
      return;
    }
    Element list = Xml.append(e, Ns.RS, "rs:RegistryErrorList");
    list.setAttribute("highestSeverity", errors.stream().anyMatch(RegistryError::isError)
        ? RegistryError.ERROR : RegistryError.WARNING);
    for (RegistryError err : errors) {
      Element re = Xml.append(list, Ns.RS, "rs:RegistryError");
      re.setAttribute("errorCode", err.errorCode());
      re.setAttribute("codeContext", err.codeContext());
      re.setAttribute("severity", err.severity());
      if (err.location() != null) {
        re.setAttribute("location", err.location());
      }
    }
  }

  /** Reads status and errors from any response element carrying them. */
  public static RegistryResponse read(Element response) {
    List<RegistryError> errors = new ArrayList<>();
    for (Element re : Xml.descendants(response, Ns.RS, "RegistryError")) {
      errors.add(new RegistryError(re.getAttribute("errorCode"), re.getAttribute("codeContext"),
          Xml.attr(re, "severity"), Xml.attr(re, "location")));
    }
    return new RegistryResponse(response.getAttribute("status"), errors);
  }
}
