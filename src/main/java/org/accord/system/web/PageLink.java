package org.accord.system.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The address of a list page with its filters, for links that keep a view (the next page, an export
 * of the same rows). Every value is encoded whole, a {@code +} or an {@code &} in a typed text too.
 */
public final class PageLink {

  private final String path;
  private final StringJoiner query = new StringJoiner("&");

  private PageLink(String path) {
    this.path = path;
  }

  public static PageLink to(String path) {
    return new PageLink(path);
  }

  /** Adds the parameter unless its value is null. */
  public PageLink with(String name, Object value) {
    if (value != null) {
      query.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
    }
    return this;
  }

  @Override
  public String toString() {
    return query.length() == 0 ? path : path + "?" + query;
  }
}
