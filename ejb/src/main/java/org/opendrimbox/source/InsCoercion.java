package org.opendrimbox.source;

import java.util.function.Consumer;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.ids.Ins;

/**
 * R22 (DB.SO.39): adds the qualified INS to Other Patient IDs Sequence (0010,1002) of a served object, as the KOS
 * carries it: Patient ID = INS, Issuer of Patient ID {@code ASIP-SANTE-INS-NIR}, Type of Patient ID {@code TEXT},
 * Issuer of Patient ID Qualifiers Sequence with the INS OID (type ISO). Existing items are kept; an item already
 * holding the same INS is not duplicated.
 */
public final class InsCoercion implements Consumer<Attributes> {

  private final Ins ins;

  public InsCoercion(Ins ins) {
    this.ins = ins;
  }

  @Override
  public void accept(Attributes header) {
    Sequence seq = header.getSequence(Tag.OtherPatientIDsSequence);
    if (seq == null) {
      seq = header.newSequence(Tag.OtherPatientIDsSequence, 1);
    }
    for (Attributes item : seq) {
      if (ins.value().equals(item.getString(Tag.PatientID)) && isInsIssuer(item)) {
        return;
      }
    }
    Attributes item = new Attributes(4);
    item.setString(Tag.PatientID, VR.LO, ins.value());
    item.setString(Tag.IssuerOfPatientID, VR.LO, Ins.NAMESPACE);
    item.setString(Tag.TypeOfPatientID, VR.CS, "TEXT");
    Attributes qualifiers = new Attributes(2);
    qualifiers.setString(Tag.UniversalEntityID, VR.UT, ins.oid());
    qualifiers.setString(Tag.UniversalEntityIDType, VR.CS, "ISO");
    item.newSequence(Tag.IssuerOfPatientIDQualifiersSequence, 1).add(qualifiers);
    seq.add(item);
  }

  private boolean isInsIssuer(Attributes item) {
    Attributes q = item.getNestedDataset(Tag.IssuerOfPatientIDQualifiersSequence);
    return q != null && ins.oid().equals(q.getString(Tag.UniversalEntityID));
  }
}
