package org.opendrimbox.kos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.Hl7IntakeParser;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.pacs.InstanceRef;
import org.opendrimbox.pacs.SeriesInfo;
import org.opendrimbox.pacs.StudyInfo;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The official exam C report (src/test/resources/hl7/CR_C-ORU.hl7) parsed by the intake, its CDA
 * demographics (read here with XPath, since the intake model does not carry them yet) and a synthetic PACS
 * study whose identifiers match the CDA.
 */
final class ExamC {

  static final String STUDY_UID = "1.2.250.1.213.4.5.2.1.103";
  static final String IPP = "IPP101";
  static final String IPP_OID = "1.2.250.1.213.4.5.2.4";
  static final String ACCESSION = "ACN103";
  static final String ACCESSION_OID = "1.2.250.1.925.994044.27";

  private ExamC() {}

  static byte[] message() {
    try (InputStream in = ExamC.class.getResourceAsStream("/hl7/CR_C-ORU.hl7")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReportMessage report() {
    IntakeResult r = new Hl7IntakeParser().parse(message());
    if (!(r instanceof IntakeResult.Accepted a)) {
      throw new IllegalStateException("exam C not accepted: " + r.issues());
    }
    return a.report();
  }

  /** The patient with the CDA recordTarget demographics (birth name + first given name, used name). */
  static KosPatient patient(ReportMessage report) {
    Document cda = cda();
    String birthFamily = xpath(cda, "//*[local-name()='patient']/*[local-name()='name']/*[local-name()='family'][@qualifier='BR']");
    String firstGiven = xpath(cda, "//*[local-name()='patient']/*[local-name()='name']/*[local-name()='given'][1]");
    String usedFamily = xpath(cda, "//*[local-name()='patient']/*[local-name()='name']/*[local-name()='family'][@qualifier='CL']");
    String usedGiven = xpath(cda, "//*[local-name()='patient']/*[local-name()='name']/*[local-name()='given'][@qualifier='CL']");
    String birth = xpath(cda, "//*[local-name()='patient']/*[local-name()='birthTime']/@value");
    String sex = xpath(cda, "//*[local-name()='patient']/*[local-name()='administrativeGenderCode']/@code");
    String county = xpath(cda, "//*[local-name()='birthplace']//*[local-name()='county']");
    return KosInputs.patient(report, birthFamily + "^" + firstGiven, birth, sex, county,
        List.of("^" + firstGiven, usedFamily + "^" + usedGiven));
  }

  /** A PACS study matching exam C: {@code seriesCount} CT series of {@code perSeries} instances. */
  static StudyInfo study(int seriesCount, int perSeries) {
    List<SeriesInfo> series = new ArrayList<>();
    for (int s = 1; s <= seriesCount; s++) {
      String seriesUid = "1.2.250.1.213.4.5.2.2.103." + (200 + s);
      List<InstanceRef> refs = new ArrayList<>();
      for (int i = 1; i <= perSeries; i++) {
        refs.add(new InstanceRef("1.2.840.10008.5.1.4.1.1.2", seriesUid + "." + i, i));
      }
      series.add(new SeriesInfo(seriesUid, "CT", s, "Crâne série " + s, refs));
    }
    return new StudyInfo(new StudyInstanceUid(STUDY_UID), IPP,
        java.util.Optional.of(new Issuer("AUT-AFFECTATION", IPP_OID, "ISO")),
        List.of(new AccessionNumber(ACCESSION, Issuer.ofOid(ACCESSION_OID))), "20210108", "102500",
        "TDM crâne injecté", "C103", series);
  }

  private static Document cda() {
    String text = new String(message(), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("Base64\\^([A-Za-z0-9+/=]+)").matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no CDA in exam C");
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String xpath(Document doc, String expr) {
    try {
      XPath xp = XPathFactory.newInstance().newXPath();
      NodeList nodes = (NodeList) xp.evaluate(expr, doc, XPathConstants.NODESET);
      if (nodes.getLength() == 0) {
        throw new IllegalStateException("nothing at " + expr);
      }
      return nodes.item(0).getTextContent().strip();
    } catch (javax.xml.xpath.XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
