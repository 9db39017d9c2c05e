package org.accord.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people reach Accord ({@code accord.base-url}): the address mails link to.
 *
 * @param baseUrl e.g. https://accord.example.org, without a trailing slash or with one
 */
@ConfigurationProperties("accord")
record SiteAddress(@DefaultValue("http://localhost:8080") String baseUrl) {

  /** The home page, where each user's task list is. */
  String home() {
    return baseUrl.replaceAll("/+$", "") + "/";
  }
}
