package org.accord.notification;

import org.accord.system.TextSearch;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which mails of the outbox to show; a null field does not filter.
 *
 * @param status pending, sent or failed
 * @param recipientUser exactly this Camunda user (the API's filter)
 * @param recipientText found in the recipient's user id or address, in any case (the page's search)
 */
record OutboxFilter(OutboxStatus status, String recipientUser, String recipientText) {

  OutboxFilter {
    recipientUser = recipientUser == null || recipientUser.isBlank() ? null : recipientUser;
    recipientText = recipientText == null || recipientText.isBlank() ? null : recipientText.strip();
  }

  /** The SQL condition, naming {@code :maxAttempts} and this filter's own parameters. */
  String where() {
    String byStatus = status == null ? "1 = 1" : switch (status) {
      case PENDING -> "sent_at is null and attempts < :maxAttempts";
      case SENT -> "sent_at is not null";
      case FAILED -> "sent_at is null and attempts >= :maxAttempts";
    };
    String byUser = recipientUser == null ? "" : " and recipient_user = :recipient";
    String byText = recipientText == null ? ""
        : " and (lower(recipient_user) like :text escape '\\' or lower(recipient_email) like :text escape '\\')";
    return " where " + byStatus + byUser + byText;
  }

  JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
    if (recipientUser != null) {
      statement = statement.param("recipient", recipientUser);
    }
    if (recipientText != null) {
      statement = statement.param("text", TextSearch.containing(recipientText));
    }
    return statement;
  }
}
