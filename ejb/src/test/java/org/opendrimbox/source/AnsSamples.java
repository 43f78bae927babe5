package org.opendrimbox.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The ANS WADO-RS request samples copied under src/test/resources/source/ans, read as request line + headers. */
final class AnsSamples {

  static final List<String> REQUESTS = List.of("sample-series.txt", "sample-instance.txt",
      "simulator-OK_Frames.txt", "simulator-OK_Instances.txt", "simulator-OK_QParameterMinMax.txt",
      "simulator-OK_Requete_CISIS_TSLossless.txt", "simulator-OK_Requete_CISIS_TSLossy.txt", "simulator-OK_Series.txt",
      "simulator-OK_Study.txt", "validator-instance-OK_ExempleCISIS_TSLossless.txt",
      "validator-instance-OK_ExempleCISIS_TSLossy.txt", "validator-instance-OK_Instances_v1.txt",
      "validator-instance-OK_Instances_v2.txt", "validator-instance-OK_QParameterMinMax.txt",
      "validator-instance-OK_SwitchHeaders.txt", "validator-series-OK_ExempleCISIS_TSLossless.txt",
      "validator-series-OK_ExempleCISIS_TSLossy.txt", "validator-series-OK_QParameterMinMax.txt",
      "validator-series-OK_SwitchHeaders.txt");

  record Request(String name, String requestLine, List<String[]> headers) {
    List<String> values(String header) {
      return headers.stream().filter(h -> h[0].equalsIgnoreCase(header)).map(h -> h[1]).toList();
    }

    String path() {
      String url = requestLine.split(" ")[1];
      return url.substring(url.indexOf("/studies/"));
    }
  }

  private AnsSamples() {
  }

  static Request read(String name) throws IOException {
    String text;
    try (InputStream in = AnsSamples.class.getResourceAsStream("/source/ans/" + name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = text.split("\r?\n");
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
      int colon = lines[i].indexOf(':');
      headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
    }
    return new Request(name, lines[0], headers);
  }

  /** The instance negotiation of the Accept headers of sample name. */
  static Negotiation instanceNegotiation(String name) throws IOException {
    return Negotiation.forInstances(AcceptHeader.parse(read(name).values("Accept")));
  }
}
