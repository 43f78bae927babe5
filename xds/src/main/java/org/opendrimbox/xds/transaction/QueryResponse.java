package org.opendrimbox.xds.transaction;

import org.opendrimbox.xds.rim.RegistryObjectList;
import org.opendrimbox.xds.rim.RimReader;
import org.opendrimbox.xds.rim.RimWriter;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/** ITI-18 {@code query:AdhocQueryResponse}. */
public record QueryResponse(RegistryResponse status, RegistryObjectList objects) {

  /** Appends the response to the SOAP body. */
  public void write(Element body) {
    Element resp = Xml.append(body, Ns.QUERY, "query:AdhocQueryResponse");
    status.writeInto(resp);
    if (status.isSuccess() || !objects.documents().isEmpty()) {
      RimWriter.writeList(resp, objects);
    }
  }

  /** Reads the response element. */
  public static QueryResponse read(Element resp) {
    RegistryObjectList list = Xml.child(resp, Ns.RIM, "RegistryObjectList")
        .map(RimReader::readList).orElse(RegistryObjectList.empty());
    return new QueryResponse(RegistryResponse.read(resp), list);
  }
}
