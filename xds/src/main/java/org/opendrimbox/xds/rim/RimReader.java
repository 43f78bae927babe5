package org.opendrimbox.xds.rim;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/** Reads the RIM model from DOM elements (any namespace prefix). */
public final class RimReader {

  private RimReader() {}

  /** Reads a {@code rim:RegistryObjectList} (or any element holding RIM objects). */
  public static RegistryObjectList readList(Element list) {
    List<RegistryPackage> packages = new ArrayList<>();
    List<ExtrinsicObject> documents = new ArrayList<>();
    List<Association> associations = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    for (Element e : Xml.children(list)) {
      if (!Ns.RIM.equals(e.getNamespaceURI())) {
        continue;
      }
      switch (e.getLocalName()) {
        case "RegistryPackage" -> packages.add(readPackage(e));
        case "ExtrinsicObject" -> documents.add(readExtrinsic(e));
        case "Association" -> associations.add(readAssociation(e));
        case "ObjectRef" -> refs.add(e.getAttribute("id"));
        default -> { }
      }
    }
    return new RegistryObjectList(packages, documents, associations, refs);
  }

  /** Reads one ExtrinsicObject. */
  public static ExtrinsicObject readExtrinsic(Element e) {
    return new ExtrinsicObject(e.getAttribute("id"), Xml.attr(e, "mimeType"),
        Xml.attr(e, "objectType"), Xml.attr(e, "status"), readSlots(e),
        localized(e, "Name"), localized(e, "Description"), readClassifications(e),
        readExternalIds(e));
  }

  /** Reads one RegistryPackage. */
  public static RegistryPackage readPackage(Element e) {
    return new RegistryPackage(e.getAttribute("id"), Xml.attr(e, "status"), readSlots(e),
        localized(e, "Name"), localized(e, "Description"), readClassifications(e),
        readExternalIds(e));
  }

  /** Reads one Association. */
  public static Association readAssociation(Element e) {
    return new Association(e.getAttribute("id"), e.getAttribute("associationType"),
        e.getAttribute("sourceObject"), e.getAttribute("targetObject"), readSlots(e));
  }

  /** Reads the direct Slot children. */
  public static List<Slot> readSlots(Element parent) {
    List<Slot> slots = new ArrayList<>();
    for (Element s : Xml.children(parent, Ns.RIM, "Slot")) {
      List<String> values = new ArrayList<>();
      for (Element vl : Xml.children(s, Ns.RIM, "ValueList")) {
        for (Element v : Xml.children(vl, Ns.RIM, "Value")) {
          values.add(Xml.text(v));
        }
      }
      slots.add(new Slot(s.getAttribute("name"), values));
    }
    return slots;
  }

  private static List<Classification> readClassifications(Element parent) {
    List<Classification> out = new ArrayList<>();
    for (Element c : Xml.children(parent, Ns.RIM, "Classification")) {
      out.add(new Classification(c.getAttribute("id"), Xml.attr(c, "classificationScheme"),
          Xml.attr(c, "classificationNode"), c.getAttribute("classifiedObject"),
          Xml.attr(c, "nodeRepresentation"), localized(c, "Name"), readSlots(c)));
    }
    return out;
  }

  private static List<ExternalIdentifier> readExternalIds(Element parent) {
    List<ExternalIdentifier> out = new ArrayList<>();
    for (Element x : Xml.children(parent, Ns.RIM, "ExternalIdentifier")) {
      out.add(new ExternalIdentifier(x.getAttribute("id"), x.getAttribute("identificationScheme"),
          x.getAttribute("registryObject"), x.getAttribute("value"), localized(x, "Name")));
    }
    return out;
  }

  private static String localized(Element parent, String local) {
    return Xml.child(parent, Ns.RIM, local)
        .flatMap(n -> Xml.child(n, Ns.RIM, "LocalizedString"))
        .map(ls -> ls.getAttribute("value")).orElse(null);
  }
}
