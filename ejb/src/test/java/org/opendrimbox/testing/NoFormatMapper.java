package org.opendrimbox.testing;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * The entities map no JSON or XML columns; this stops Hibernate looking for a JSON-B or JAXB provider, whose
 * APIs (not implementations) are on the test classpath through jakartaee-api.
 */
public final class NoFormatMapper implements FormatMapper {

  @Override
  public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
    throw new UnsupportedOperationException("no JSON/XML columns");
  }

  @Override
  public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
    throw new UnsupportedOperationException("no JSON/XML columns");
  }
}
