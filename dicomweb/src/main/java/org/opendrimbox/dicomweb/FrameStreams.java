package org.opendrimbox.dicomweb;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.mime.MultipartWriter;
import org.opendrimbox.source.CachedInstance;
import org.opendrimbox.source.FrameExtractor;
import org.opendrimbox.source.Negotiation;
import org.opendrimbox.source.PartType;
import org.opendrimbox.source.SourceException;

/**
 * Frame and bulk data responses of one cached instance: {@code multipart/related} with one part per frame (raw
 * little-endian pixels as {@code application/octet-stream} for uncompressed objects, the stored compressed bitstream
 * as {@code image/jpeg}, {@code image/jls}, {@code image/jp2}... otherwise).
 */
final class FrameStreams {

  private FrameStreams() {
  }

  static Response frames(CachedInstance instance, String frameList, Negotiation negotiation) throws IOException {
    FrameExtractor extractor = new FrameExtractor(instance);
    List<Integer> frames = extractor.checkFrameList(frameList);
    PartType type = negotiation.choose(instance.transferSyntax()).orElseThrow(() -> new SourceException(
        SourceException.Reason.NOT_ACCEPTABLE, "the pixel data is stored in " + instance.transferSyntax()
        + " and is sent as " + Negotiation.frameMediaType(instance.transferSyntax())
        + "; the Accept header allows neither it nor transfer-syntax=*"));
    String boundary = MultipartWriter.newBoundary();
    StreamingOutput body = out -> {
      MultipartWriter mw = new MultipartWriter(new java.io.BufferedOutputStream(out, WadoResource.BUFFER), boundary);
      for (int n : frames) {
        try (OutputStream part = mw.nextPart(type.contentType(), null)) {
          extractor.writeFrame(n, part);
        }
      }
      mw.finish();
    };
    return multipart(body, type.mediaType(), boundary);
  }

  static Response bulkData(CachedInstance instance, String tagHex) throws IOException {
    int tag;
    try {
      tag = (int) Long.parseLong(tagHex, 16);
    } catch (NumberFormatException e) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, "invalid tag '" + tagHex + "'");
    }
    FrameExtractor extractor = new FrameExtractor(instance);
    String boundary = MultipartWriter.newBoundary();
    String ts = instance.transferSyntax();
    boolean pixels = tag == Tag.PixelData;
    String mediaType = pixels ? Negotiation.frameMediaType(ts) : "application/octet-stream";
    String partType = pixels && !"application/octet-stream".equals(mediaType) ? mediaType + "; transfer-syntax=" + ts
        : "application/octet-stream";
    StreamingOutput body = out -> {
      MultipartWriter mw = new MultipartWriter(new java.io.BufferedOutputStream(out, WadoResource.BUFFER), boundary);
      if (pixels) {
        for (int n = 1; n <= extractor.numberOfFrames(); n++) {
          try (OutputStream part = mw.nextPart(partType, null)) {
            extractor.writeFrame(n, part);
          }
        }
      } else {
        try (OutputStream part = mw.nextPart(partType, null)) {
          extractor.writeElement(tag, part);
        }
      }
      mw.finish();
    };
    return multipart(body, mediaType, boundary);
  }

  private static Response multipart(StreamingOutput body, String type, String boundary) {
    return Response.ok(body).header(HttpHeaders.CONTENT_TYPE,
        "multipart/related; type=\"" + type + "\"; boundary=" + boundary).build();
  }
}
