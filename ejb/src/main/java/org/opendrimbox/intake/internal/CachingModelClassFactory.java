package org.opendrimbox.intake.internal;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.DefaultModelClassFactory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HAPI's model class lookup, remembering the segments it has no class for. The DRIM-M reports carry segments
 * their HL7 version does not define (PRT in an ORU^R01 v2.5): HAPI then looks for the class in every model
 * package on each message, a class-loader miss that costs more than parsing the segment.
 */
final class CachingModelClassFactory extends DefaultModelClassFactory {

  private static final long serialVersionUID = 1L;

  private final Map<String, Optional<Class<? extends Segment>>> segments = new ConcurrentHashMap<>();

  @Override
  public Class<? extends Segment> getSegmentClass(String name, String version) throws HL7Exception {
    String key = version + '/' + name;
    Optional<Class<? extends Segment>> found = segments.get(key);
    if (found == null) {
      found = Optional.ofNullable(super.getSegmentClass(name, version));
      segments.put(key, found);
    }
    return found.orElse(null);
  }
}
