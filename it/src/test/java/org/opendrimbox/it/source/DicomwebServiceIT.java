package org.opendrimbox.it.source;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.support.SharedBox;

/**
 * The deployed DICOMweb WAR (/drimbox/dicomweb): the ANS healthcheck, capabilities, problem+json errors, the
 * authorization gate before any KOS or PACS work, and the loopback-only cache administration. Retrieval itself needs
 * mutual TLS, a published KOS and an accepted token (AnsSampleReplayIT, PeerRefusalIT).
 */
@ExtendWith(SharedBox.class)
class DicomwebServiceIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final String ANS_ACCEPT = "multipart/related; type=\"application/dicom\";"
      + "transfer-syntax=1.2.840.10008.1.2.4.70;q=0.9;boundary=**,multipart/related; type=\"application/dicom\";"
      + "transfer-syntax=1.2.840.10008.1.2.1;q=0.4;boundary=**,";

  private static String base() {
    return SharedBox.server().httpBase() + "/drimbox/dicomweb";
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void ansHealthcheckAnswersJson() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/rs")).header("accept",
        "application/json"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct)
        .startsWith("application/json"));
    JsonObject o = Json.createReader(new StringReader(r.body())).readObject();
    assertThat(o.getString("status")).isEqualTo("UP");
  }

  @Test
  void capabilitiesListTheResources() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct)
        .startsWith("application/vnd.sun.wadl+xml"));
    assertThat(r.body()).contains("studies/{study}", "frames/{frames}", "RetrieveSeries", "/drimbox/dicomweb");
  }

  /**
   * The shared box runs with strict trust (signed whitelist, mutual TLS): a request over plain HTTP carries no
   * client certificate and is refused before its token is even looked at. Retrievals over mutual TLS are tested
   * by AnsSampleReplayIT, PeerRefusalIT and ConcurrentSeriesRetrieveIT.
   */
  @Test
  void retrieveWithoutClientCertificateIs403ProblemJson() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/studies/1.2.3/series/1.2.3.4"))
        .header("Accept", ANS_ACCEPT).header("KOS-SOPInstanceUID", "1.2.3.100"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject p = Json.createReader(new StringReader(r.body())).readObject();
    assertThat(p.getInt("status")).isEqualTo(403);
    assertThat(p.getString("instance")).isEqualTo("/studies/1.2.3/series/1.2.3.4");
    assertThat(p.getString("detail")).contains("no TLS client certificate");
  }

  @Test
  void unknownResourceIs404ProblemJson() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/no/such/resource")));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void cacheAdministrationAnswersLoopback() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/admin/cache")).DELETE());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonObject o = Json.createReader(new StringReader(r.body())).readObject();
    assertThat(o.getInt("evictedStudies")).isGreaterThanOrEqualTo(0);
    assertThat(o.getJsonNumber("cacheBytes").longValue()).isGreaterThanOrEqualTo(0);
  }
}
