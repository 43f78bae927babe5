package org.opendrimbox.dicomweb;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Keeps the raw {@code Accept} headers for the source's own parser ({@link org.opendrimbox.source.AcceptHeader})
 * and shows JAX-RS {@code *}{@code /*} instead: the ANS test tools send ranges that generic parsers reject (media
 * type omitted, {@code boundary=**}, trailing commas), and the choice of representation is ours (DB.SO.85).
 */
@WebFilter("/*")
public class AcceptFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String ATTRIBUTE = AcceptFilter.class.getName() + ".accept";
  private static final String RESPONSE = AcceptFilter.class.getName() + ".response";

  /** The servlet response as the container passed it to this filter (null if the filter did not run). */
  static HttpServletResponse containerResponse(HttpServletRequest request) {
    return request.getAttribute(RESPONSE) instanceof HttpServletResponse r ? r : null;
  }

  /** The request's original Accept header values, in order (empty list if none). */
  static List<String> acceptValues(HttpServletRequest request) {
    Object v = request.getAttribute(ATTRIBUTE);
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return Collections.list(request.getHeaders("Accept"));
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(ATTRIBUTE, List.copyOf(Collections.list(request.getHeaders("Accept"))));
    request.setAttribute(RESPONSE, response); // the container's own, not the JAX-RS proxy (see WadoResource)
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public String getHeader(String name) {
        return "Accept".equalsIgnoreCase(name) ? "*/*" : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of("*/*")) : super.getHeaders(name);
      }
    }, response);
  }
}
