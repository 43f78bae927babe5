package org.opendrimbox.dicom.net.pdu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Encodes PDUs to their exact PS3.8 byte form (header included). UIDs are written unpadded, AE titles space-padded. */
public final class PduEncoder {
  private PduEncoder() {
  }

  public static byte[] encode(AAssociateRQ rq) {
    return associate(PduType.A_ASSOCIATE_RQ, rq.calledAet(), rq.callingAet(), rq.applicationContext(),
        rq.presentationContexts(), rq.userInformation(), true);
  }

  public static byte[] encode(AAssociateAC ac) {
    return associate(PduType.A_ASSOCIATE_AC, ac.calledAet(), ac.callingAet(), ac.applicationContext(),
        ac.presentationContexts(), ac.userInformation(), false);
  }

  public static byte[] encode(AAssociateRJ rj) {
    return fixed(PduType.A_ASSOCIATE_RJ, 0, rj.result(), rj.source(), rj.reason());
  }

  public static byte[] encode(AAbort abort) {
    return fixed(PduType.A_ABORT, 0, 0, abort.source(), abort.reason());
  }

  public static byte[] releaseRQ() {
    return fixed(PduType.A_RELEASE_RQ, 0, 0, 0, 0);
  }

  public static byte[] releaseRP() {
    return fixed(PduType.A_RELEASE_RP, 0, 0, 0, 0);
  }

  /** Writes a PDU header (type, reserved byte, big endian length) into {@code b} at {@code off}. */
  public static void header(byte[] b, int off, int type, int length) {
    b[off] = (byte) type;
    b[off + 1] = 0;
    putInt(b, off + 2, length);
  }

  /** Writes a big endian 32-bit int. */
  public static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  private static byte[] fixed(int type, int b0, int b1, int b2, int b3) {
    byte[] b = new byte[10];
    header(b, 0, type, 4);
    b[6] = (byte) b0;
    b[7] = (byte) b1;
    b[8] = (byte) b2;
    b[9] = (byte) b3;
    return b;
  }

  private static byte[] associate(int type, String called, String calling, String appCtx, List<PresentationContext> pcs,
      UserInformation ui, boolean rq) {
    Buf out = new Buf();
    out.write(type);
    out.write(0);
    out.int32(0); // patched below
    out.int16(1); // protocol version
    out.int16(0);
    out.aet(called);
    out.aet(calling);
    out.write(new byte[32], 0, 32);
    out.item(0x10, ascii(appCtx));
    for (PresentationContext pc : pcs) {
      Buf sub = new Buf();
      sub.write(pc.id());
      sub.write(0);
      sub.write(rq ? 0 : pc.result());
      sub.write(0);
      if (rq) {
        sub.item(0x30, ascii(pc.abstractSyntax()));
      }
      for (String ts : pc.transferSyntaxes()) {
        sub.item(0x40, ascii(ts));
      }
      out.item(rq ? 0x20 : 0x21, sub.toByteArray());
    }
    out.item(0x50, userInformation(ui));
    byte[] b = out.toByteArray();
    putInt(b, 2, b.length - PduType.HEADER_LENGTH);
    return b;
  }

  private static byte[] userInformation(UserInformation ui) {
    Buf sub = new Buf();
    sub.write(0x51);
    sub.write(0);
    sub.int16(4);
    sub.int32(ui.maxPduLength());
    sub.item(0x52, ascii(ui.implClassUid()));
    if (ui.asyncOpsInvoked() >= 0) {
      sub.write(0x53);
      sub.write(0);
      sub.int16(4);
      sub.int16(ui.asyncOpsInvoked());
      sub.int16(ui.asyncOpsPerformed());
    }
    for (RoleSelection rs : ui.roleSelections()) {
      byte[] uid = ascii(rs.sopClassUid());
      Buf item = new Buf();
      item.int16(uid.length);
      item.write(uid, 0, uid.length);
      item.write(rs.scu() ? 1 : 0);
      item.write(rs.scp() ? 1 : 0);
      sub.item(0x54, item.toByteArray());
    }
    if (ui.implVersionName() != null) {
      sub.item(0x55, ascii(ui.implVersionName()));
    }
    return sub.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Growable big endian buffer. */
  private static final class Buf extends ByteArrayOutputStream {
    Buf() {
      super(256);
    }

    void int16(int v) {
      write(v >>> 8);
      write(v);
    }

    void int32(int v) {
      int16(v >>> 16);
      int16(v);
    }

    void aet(String aet) {
      byte[] b = new byte[16];
      java.util.Arrays.fill(b, (byte) ' ');
      byte[] a = ascii(aet);
      System.arraycopy(a, 0, b, 0, a.length);
      write(b, 0, 16);
    }

    void item(int itemType, byte[] value) {
      if (value.length > 0xFFFF) {
        throw new IllegalArgumentException("item too long: " + value.length);
      }
      write(itemType);
      write(0);
      int16(value.length);
      write(value, 0, value.length);
    }
  }
}
