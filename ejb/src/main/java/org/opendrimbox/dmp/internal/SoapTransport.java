package org.opendrimbox.dmp.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.dmp.DmpError;
import org.opendrimbox.dmp.DmpException;
import org.opendrimbox.dmp.DmpRejectedException;
import org.opendrimbox.dmp.DmpUnavailableException;
import org.opendrimbox.xds.soap.Attachment;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.soap.MtomReader;
import org.opendrimbox.xds.soap.MtomWriter;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.soap.SoapException;
import org.opendrimbox.xds.soap.SoapFault;
import org.opendrimbox.xds.xml.Xml;
import org.opendrimbox.xds.xml.XmlException;
import org.w3c.dom.Document;

/**
 * Sends one SOAP 1.2 request (MTOM when there are attachments) and maps transport outcomes:
 * I/O errors, timeouts, HTTP errors without a SOAP body and Receiver faults are
 * {@link DmpUnavailableException}; Sender faults are {@link DmpRejectedException}.
 */
final class SoapTransport {
  private final Duration timeout;

  SoapTransport(Duration timeout) {
    this.timeout = timeout;
  }

  /** Posts and returns the decoded, fault-free response. */
  MtomMessage call(HttpClient http, URI endpoint, String action, Document envelope,
      List<Attachment> attachments) throws DmpException {
    byte[] xml = Xml.toBytes(envelope);
    String contentType;
    byte[] body;
    if (attachments.isEmpty()) {
      contentType = "application/soap+xml; charset=UTF-8; action=\"" + action + "\"";
      body = xml;
    } else {
      MtomWriter w = new MtomWriter();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        w.write(out, action, xml, attachments);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      contentType = w.contentType(action);
      body = out.toByteArray();
    }
    HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(timeout)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<byte[]> resp;
    try {
      resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new DmpUnavailableException("DMP unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DmpUnavailableException("interrupted while calling the DMP", e);
    }
    return decode(resp);
  }

  private static MtomMessage decode(HttpResponse<byte[]> resp) throws DmpException {
    String ct = resp.headers().firstValue("Content-Type").orElse("");
    MtomMessage msg;
    Document env;
    try {
      msg = MtomReader.read(ct, resp.body());
      env = msg.envelope();
    } catch (SoapException | XmlException e) {
      throw new DmpUnavailableException("DMP answered HTTP " + resp.statusCode()
          + " without a SOAP envelope", e);
    }
    if (!Soap.isEnvelope(env)) {
      throw new DmpUnavailableException("DMP answered HTTP " + resp.statusCode()
          + " without a SOAP envelope", null);
    }
    Optional<SoapFault> fault = Soap.readFault(env);
    if (fault.isPresent()) {
      SoapFault f = fault.get();
      if (f.isSenderFault()) {
        throw new DmpRejectedException(List.of(new DmpError(
            f.subcode() != null ? f.subcode() : f.code(), f.reason(), "Error")));
      }
      throw new DmpUnavailableException("DMP fault " + f.code() + ": " + f.reason(), null);
    }
    if (resp.statusCode() >= 300) {
      throw new DmpUnavailableException("DMP answered HTTP " + resp.statusCode(), null);
    }
    return msg;
  }
}
