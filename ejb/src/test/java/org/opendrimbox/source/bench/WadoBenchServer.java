package org.opendrimbox.source.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opendrimbox.dicom.mime.MultipartWriter;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.source.AcceptHeader;
import org.opendrimbox.config.CacheSettings;
import org.opendrimbox.source.CachedInstance;
import org.opendrimbox.source.InsCoercion;
import org.opendrimbox.source.InstancePartWriter;
import org.opendrimbox.source.Negotiation;
import org.opendrimbox.source.StudyCache;
import org.opendrimbox.source.StudyFeed;
import org.opendrimbox.source.internal.CGetRetriever;

/**
 * The source data path outside WildFly, for benchmarks: {@code GET /studies/{uid}} runs the same Accept negotiation,
 * study cache (C-GET from the PACS on a miss, streamed while it arrives), INS coercion and multipart writer as the
 * deployed resource, without authorization, KOS check or JAX-RS. {@code DELETE /cache} empties the cache (cold runs).
 *
 * <p>Usage: {@code WadoBenchServer PORT CACHE_DIR PACS_AET@HOST:PORT [CALLING_AET]}
 */
public final class WadoBenchServer {

  private WadoBenchServer() {
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path root = Path.of(args[1]);
    RemoteAe pacs = RemoteAe.parse(args[2]);
    String aet = args.length > 3 ? args[3] : "DRIMBOX";
    ExecutorService executor = Executors.newCachedThreadPool();
    Device device = new Device(aet, ConnectionSettings.defaults(), executor);
    CacheSettings config = new CacheSettings(root, Long.MAX_VALUE, Duration.ofDays(30));
    StudyCache cache = new StudyCache(config, new CGetRetriever(device, aet, pacs), executor, Clock.systemUTC());
    InsCoercion coercion = new InsCoercion(new Ins("279035121518989", Ins.OID_NIR_TEST));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    server.setExecutor(executor);
    server.createContext("/studies/", ex -> {
      try (ex) {
        serve(ex, cache, coercion);
      } catch (RuntimeException e) {
        System.err.println("bench: " + e);
      }
    });
    server.createContext("/cache", ex -> {
      try (ex) {
        cache.clear();
        ex.sendResponseHeaders(204, -1);
      }
    });
    server.start();
    System.out.println("ready on " + port);
  }

  private static void serve(HttpExchange ex, StudyCache cache, InsCoercion coercion) throws IOException {
    String uid = ex.getRequestURI().getPath().substring("/studies/".length());
    List<String> accept = ex.getRequestHeaders().getOrDefault("Accept", new ArrayList<>());
    Negotiation n = Negotiation.forInstances(AcceptHeader.parse(accept));
    String boundary = MultipartWriter.newBoundary();
    try (StudyFeed feed = cache.open(uid)) {
      CachedInstance first = feed.next();
      if (first == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", "multipart/related; type=\"application/dicom\"; boundary="
          + boundary);
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = new BufferedOutputStream(ex.getResponseBody(), 64 * 1024)) {
        InstancePartWriter w = new InstancePartWriter(out, boundary, n, coercion);
        CachedInstance i = first;
        while (i != null) {
          w.write(i);
          i = feed.next();
        }
        w.finish();
      }
    }
  }
}
