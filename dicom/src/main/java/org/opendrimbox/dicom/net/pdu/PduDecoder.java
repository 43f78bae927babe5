package org.opendrimbox.dicom.net.pdu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the body (the bytes after the 6-byte header) of association PDUs. Every length is checked against the
 * enclosing item, so malformed input ends in a {@link PduFormatException}, never in an unchecked exception.
 */
public final class PduDecoder {
  private static final int FIXED_PART = 68;

  private final byte[] b;
  private int pos;
  private int end;

  private PduDecoder(byte[] body) {
    this.b = body;
    this.end = body.length;
  }

  public static AAssociateRQ decodeRQ(byte[] body) throws PduFormatException {
    PduDecoder d = new PduDecoder(body);
    Parts p = d.associate(true);
    try {
      return new AAssociateRQ(p.called, p.calling, p.appCtx, p.pcs, p.ui);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  public static AAssociateAC decodeAC(byte[] body) throws PduFormatException {
    PduDecoder d = new PduDecoder(body);
    Parts p = d.associate(false);
    try {
      return new AAssociateAC(p.called, p.calling, p.appCtx, p.pcs, p.ui);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  public static AAssociateRJ decodeRJ(byte[] body) throws PduFormatException {
    fixedLength(body);
    return new AAssociateRJ(body[1] & 0xFF, body[2] & 0xFF, body[3] & 0xFF);
  }

  public static AAbort decodeAbort(byte[] body) throws PduFormatException {
    fixedLength(body);
    return new AAbort(body[2] & 0xFF, body[3] & 0xFF);
  }

  private static void fixedLength(byte[] body) throws PduFormatException {
    if (body.length != 4) {
      throw invalid("fixed-length PDU with length " + body.length);
    }
  }

  private static PduFormatException invalid(String msg) {
    return new PduFormatException(AAbort.REASON_INVALID_PDU_PARAMETER_VALUE, msg);
  }

  private static final class Parts {
    String called;
    String calling;
    String appCtx;
    final List<PresentationContext> pcs = new ArrayList<>();
    UserInformation ui;
  }

  private Parts associate(boolean rq) throws PduFormatException {
    if (end < FIXED_PART) {
      throw invalid("A-ASSOCIATE PDU shorter than its fixed part: " + end);
    }
    int version = u16();
    if ((version & 1) == 0) {
      throw invalid("protocol version " + version + " not supported");
    }
    pos += 2;
    Parts p = new Parts();
    p.called = ascii(16).trim();
    p.calling = ascii(16).trim();
    pos += 32;
    while (pos < end) {
      int type = u8();
      pos++;
      int len = u16();
      int itemEnd = limit(len);
      switch (type) {
        case 0x10 -> p.appCtx = ascii(len);
        case 0x20, 0x21 -> {
          if (type != (rq ? 0x20 : 0x21)) {
            throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU_PARAMETER,
                "unexpected item 0x" + Integer.toHexString(type));
          }
          p.pcs.add(presentationContext(rq, itemEnd));
        }
        case 0x50 -> p.ui = userInformation(itemEnd);
        default -> pos = itemEnd; // unknown items are ignored (PS3.8 9.3.1)
      }
      pos = itemEnd;
    }
    if (p.appCtx == null || p.ui == null) {
      throw invalid("missing application context or user information item");
    }
    return p;
  }

  private PresentationContext presentationContext(boolean rq, int itemEnd) throws PduFormatException {
    int saved = end;
    end = itemEnd;
    if (itemEnd - pos < 4) {
      throw invalid("presentation context item too short");
    }
    int id = u8();
    pos++;
    int result = u8();
    pos++;
    String as = null;
    List<String> ts = new ArrayList<>();
    while (pos < end) {
      int type = u8();
      pos++;
      int len = u16();
      int subEnd = limit(len);
      if (type == 0x30) {
        as = ascii(len);
      } else if (type == 0x40) {
        ts.add(ascii(len));
      }
      pos = subEnd;
    }
    end = saved;
    if (rq && (as == null || ts.isEmpty())) {
      throw invalid("presentation context " + id + " without abstract or transfer syntax");
    }
    try {
      return new PresentationContext(id, rq ? 0 : result, as, ts);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  private UserInformation userInformation(int itemEnd) throws PduFormatException {
    int saved = end;
    end = itemEnd;
    int maxPdu = 0;
    int invoked = -1;
    int performed = -1;
    String implUid = null;
    String implVersion = null;
    List<RoleSelection> roles = new ArrayList<>();
    while (pos < end) {
      int type = u8();
      pos++;
      int len = u16();
      int subEnd = limit(len);
      switch (type) {
        case 0x51 -> maxPdu = len == 4 ? (int) Math.min(Integer.MAX_VALUE, u32()) : 0;
        case 0x52 -> implUid = ascii(len);
        case 0x53 -> {
          if (len == 4) {
            invoked = u16();
            performed = u16();
          }
        }
        case 0x54 -> roles.add(roleSelection(subEnd));
        case 0x55 -> implVersion = ascii(len);
        default -> { } // extended negotiation, user identity: not supported, ignored
      }
      pos = subEnd;
    }
    end = saved;
    return new UserInformation(maxPdu, implUid, implVersion, roles, invoked, performed);
  }

  private RoleSelection roleSelection(int subEnd) throws PduFormatException {
    int saved = end;
    end = subEnd;
    int uidLen = u16();
    limit(uidLen);
    String uid = ascii(uidLen);
    if (end - pos < 2 || uid.isEmpty()) {
      throw invalid("truncated role selection item");
    }
    boolean scu = u8() == 1;
    boolean scp = u8() == 1;
    end = saved;
    return new RoleSelection(uid, scu, scp);
  }

  private int limit(int len) throws PduFormatException {
    if (len > end - pos) {
      throw invalid("item length " + len + " exceeds the " + (end - pos) + " bytes left");
    }
    return pos + len;
  }

  private int u8() throws PduFormatException {
    if (pos >= end) {
      throw invalid("truncated PDU");
    }
    return b[pos++] & 0xFF;
  }

  private int u16() throws PduFormatException {
    return u8() << 8 | u8();
  }

  private long u32() throws PduFormatException {
    return ((long) u16() << 16) | u16();
  }

  private String ascii(int len) throws PduFormatException {
    limit(len);
    int n = len;
    while (n > 0 && (b[pos + n - 1] == 0 || b[pos + n - 1] == ' ')) {
      n--; // trailing NUL or space padding some implementations add
    }
    String s = new String(b, pos, n, StandardCharsets.US_ASCII);
    pos += len;
    return s;
  }
}
