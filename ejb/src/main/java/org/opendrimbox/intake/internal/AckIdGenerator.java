package org.opendrimbox.intake.internal;

import ca.uhn.hl7v2.util.idgenerator.IDGenerator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * MSH-10 of the acknowledgements: a counter started at the current time in microseconds, so ids are
 * unique across restarts, numeric and 16 digits long (within the 20 characters of v2.5 ST). Unlike
 * HAPI's default generator it writes no file.
 */
final class AckIdGenerator implements IDGenerator {

  private final AtomicLong next = new AtomicLong(System.currentTimeMillis() * 1000L);

  @Override
  public String getID() {
    return Long.toString(next.incrementAndGet());
  }
}
