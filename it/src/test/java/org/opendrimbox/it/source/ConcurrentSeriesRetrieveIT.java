package org.opendrimbox.it.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.it.support.PeerTrust;
import org.opendrimbox.it.support.PublishedStudy;
import org.opendrimbox.it.support.RawHttps;
import org.opendrimbox.it.support.SharedBox;

/**
 * R24 (DB.SO.35): at least max(5, 1 % of the daily production) simultaneous series-level WADO-RS retrievals.
 * {@link #CLIENTS} peers connected over mutual TLS, each with its own PSC token, ask for a series of the published
 * study at the same moment, starting from an empty cache (so the requests also share one PACS retrieval); every
 * answer must be complete and identical, object for object, to what the PACS holds.
 */
@ExtendWith(SharedBox.class)
class ConcurrentSeriesRetrieveIT {

  static final int CLIENTS = 24;

  @Test
  void twentyFourSimultaneousSeriesRetrievalsAllComplete() throws Exception {
    PublishedStudy study = PublishedStudy.get();
    SSLContext tls = SharedBox.trust().peer(PeerTrust.PEER_ORG);
    String[] tokens = {SharedBox.psc().token("10001234567"), SharedBox.psc().token("10009876543")};
    clearCache();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Map<String, String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < CLIENTS; i++) {
        String series = study.seriesUids().get(i % 2);
        String token = tokens[i % 2];
        answers.add(pool.submit(() -> {
          start.await();
          RawHttps.Response r = WadoPeer.get(tls, "/studies/" + study.studyUid() + "/series/" + series,
              "Accept: " + WadoPeer.ANS_ACCEPT, "Authorization: Bearer " + token,
              "KOS-SOPInstanceUID: " + study.kosUid());
          assertThat(r.status()).as(r.text()).isEqualTo(200);
          Map<String, String> digests = new TreeMap<>();
          for (WadoPeer.Part part : WadoPeer.parts(r, "application/dicom")) {
            Attributes a = WadoPeer.dicom(part, study);
            assertThat(a.getString(Tag.SeriesInstanceUID)).isEqualTo(series);
            digests.put(a.getString(Tag.SOPInstanceUID), sha256(part.body()));
          }
          return digests;
        }));
      }
      start.countDown();
      Map<String, Map<String, String>> firstBySeries = new TreeMap<>();
      for (int i = 0; i < CLIENTS; i++) {
        String series = study.seriesUids().get(i % 2);
        Map<String, String> digests = answers.get(i).get(3, TimeUnit.MINUTES);
        assertThat(digests.keySet()).as("instances of answer " + i)
            .containsExactlyInAnyOrderElementsOf(study.instancesBySeries().get(series));
        Map<String, String> first = firstBySeries.putIfAbsent(series, digests);
        if (first != null) {
          assertThat(digests).as("answer " + i + " equals the first answer for its series").isEqualTo(first);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void clearCache() throws Exception {
    HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
        HttpRequest.newBuilder(URI.create(SharedBox.server().httpBase() + WadoPeer.BASE + "/admin/cache")).DELETE()
            .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
