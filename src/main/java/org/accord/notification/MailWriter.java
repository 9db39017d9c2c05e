package org.accord.notification;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.system.Labels;
import org.accord.system.TimeWords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a notice for one recipient: in their language, with moments in their time zone. */
@Component
class MailWriter {

  /** A written mail: what the outbox keeps and sends. */
  record Mail(String subject, String body) {}

  private final MessageSource messages;
  private final Labels labels;
  private final TimeWords times;
  private final SiteAddress site;

  MailWriter(MessageSource messages, Labels labels, TimeWords times, SiteAddress site) {
    this.messages = messages;
    this.labels = labels;
    this.times = times;
    this.site = site;
  }

  Mail write(Notice notice, Recipient to) {
    String body = Stream.concat(notice.body().stream(), Stream.of(Wording.of("mail.footer")))
        .map(paragraph -> words(paragraph, to))
        .collect(Collectors.joining("\n\n"));
    return new Mail(words(notice.subject(), to), body);
  }

  private String words(Wording wording, Recipient to) {
    Object[] args = wording.args().stream().map(arg -> argument(arg, to)).toArray();
    Locale language = to.language();
    if (wording.fallback() != null) {
      return messages.getMessage(wording.key(), args, wording.fallback(), language);
    }
    return messages.getMessage(wording.key(), args, language);
  }

  /** Arguments become text before formatting, so a number is never grouped ("1,024") and a code never shows raw. */
  private String argument(Object arg, Recipient to) {
    if (arg instanceof OffsetDateTime moment) {
      return times.at(moment, to.timeZone(), to.language());
    }
    if (arg instanceof Enum<?> code) {
      return labels.of(code, to.language());
    }
    if (arg instanceof Wording.Page page) {
      return site.home() + page.path().replaceFirst("^/", "");
    }
    if (arg instanceof Wording nested) {
      return words(nested, to);
    }
    return String.valueOf(arg);
  }
}
