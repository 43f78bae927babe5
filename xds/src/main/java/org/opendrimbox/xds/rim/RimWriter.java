package org.opendrimbox.xds.rim;

import java.util.List;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writes the RIM model as DOM elements in the order required by the ebRIM 3.0 schema. */
public final class RimWriter {

  private RimWriter() {}

  /** Appends a {@code rim:RegistryObjectList} holding packages, documents, associations, refs. */
  public static Element writeList(Node parent, RegistryObjectList list) {
    Element root = Xml.append(parent, Ns.RIM, "rim:RegistryObjectList");
    for (RegistryPackage p : list.packages()) {
      writePackage(root, p);
    }
    for (ExtrinsicObject d : list.documents()) {
      writeExtrinsic(root, d);
    }
    for (Association a : list.associations()) {
      writeAssociation(root, a);
    }
    for (String ref : list.objectRefs()) {
      Xml.append(root, Ns.RIM, "rim:ObjectRef").setAttribute("id", ref);
    }
    return root;
  }

  /** Appends one ExtrinsicObject. */
  public static Element writeExtrinsic(Node parent, ExtrinsicObject d) {
    Element e = Xml.append(parent, Ns.RIM, "rim:ExtrinsicObject");
    e.setAttribute("id", d.id());
    e.setAttribute("mimeType", d.mimeType());
    e.setAttribute("objectType", d.objectType());
    if (d.status() != null) {
      e.setAttribute("status", d.status());
    }
    writeBody(e, d.slots(), d.name(), d.description(), d.classifications(),
        d.externalIdentifiers());
    return e;
  }

  /** Appends one RegistryPackage. */
  public static Element writePackage(Node parent, RegistryPackage p) {
    Element e = Xml.append(parent, Ns.RIM, "rim:RegistryPackage");
    e.setAttribute("id", p.id());
    if (p.status() != null) {
      e.setAttribute("status", p.status());
    }
    writeBody(e, p.slots(), p.name(), p.description(), p.classifications(),
        p.externalIdentifiers());
    return e;
  }

  /** Appends one Association. */
  public static Element writeAssociation(Node parent, Association a) {
    Element e = Xml.append(parent, Ns.RIM, "rim:Association");
    e.setAttribute("associationType", a.type());
    e.setAttribute("id", a.id());
    e.setAttribute("sourceObject", a.sourceObject());
    e.setAttribute("targetObject", a.targetObject());
    writeSlots(e, a.slots());
    return e;
  }

  /** Appends slots. */
  public static void writeSlots(Element parent, List<Slot> slots) {
    for (Slot s : slots) {
      Element slot = Xml.append(parent, Ns.RIM, "rim:Slot");
      slot.setAttribute("name", s.name());
      Element vl = Xml.append(slot, Ns.RIM, "rim:ValueList");
      for (String v : s.values()) {
        Xml.appendText(vl, Ns.RIM, "rim:Value", v);
      }
    }
  }

  private static void writeBody(Element e, List<Slot> slots, String name, String description,
      List<Classification> classifications, List<ExternalIdentifier> externalIds) {
    writeSlots(e, slots);
    writeLocalized(e, "rim:Name", name);
    writeLocalized(e, "rim:Description", description);
    for (Classification c : classifications) {
      Element ce = Xml.append(e, Ns.RIM, "rim:Classification");
      if (c.scheme() != null) {
        ce.setAttribute("classificationScheme", c.scheme());
      }
      if (c.node() != null) {
        ce.setAttribute("classificationNode", c.node());
      }
      ce.setAttribute("classifiedObject", c.classifiedObject());
      ce.setAttribute("id", c.id());
      if (c.nodeRepresentation() != null) {
        ce.setAttribute("nodeRepresentation", c.nodeRepresentation());
      }
      writeSlots(ce, c.slots());
      writeLocalized(ce, "rim:Name", c.displayName());
    }
    for (ExternalIdentifier x : externalIds) {
      Element xe = Xml.append(e, Ns.RIM, "rim:ExternalIdentifier");
      xe.setAttribute("id", x.id());
      xe.setAttribute("identificationScheme", x.scheme());
      xe.setAttribute("registryObject", x.registryObject());
      xe.setAttribute("value", x.value());
      writeLocalized(xe, "rim:Name", x.name());
    }
  }

  private static void writeLocalized(Element parent, String qname, String value) {
    if (value == null) {
      return;
    }
    Element holder = Xml.append(parent, Ns.RIM, qname);
    Element ls = Xml.append(holder, Ns.RIM, "rim:LocalizedString");
    ls.setAttribute("charset", "UTF8");
    ls.setAttribute("value", value);
    ls.setAttributeNS(Ns.XML, "xml:lang", "FR");
  }
}
