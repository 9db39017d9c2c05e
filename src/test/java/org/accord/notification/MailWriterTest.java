package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.accord.decision.SocOutcome;
import org.accord.system.AccordClock;
import org.accord.system.TestLabels;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

/** A notice written for each recipient: their language, their time zone, the forum's words. */
class MailWriterTest {

  private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-12-17T08:54:00Z");
  private static final Recipient ENGLISH_IN_ASTANA =
      new Recipient("kz.delegate1", "kz.delegate1@accord.test", Locale.ENGLISH, ZoneId.of("Asia/Almaty"));
  private static final Recipient RUSSIAN_IN_MOSCOW =
      new Recipient("ru.delegate1", "ru.delegate1@accord.test", Locale.forLanguageTag("ru"), ZoneId.of("Europe/Moscow"));

  private final MailWriter writer = new MailWriter(TestLabels.messages(), TestLabels.bundles(),
      TestLabels.timeWords(new AccordClock()), new SiteAddress("https://accord.example.org/"));

  private final Notice reminder = Notice.of("REMINDER", "document:7",
      Wording.of("mail.reminder.subject", "CICA/SWG/2026/CP-1 \"Tourism\"", DEADLINE),
      Wording.of("mail.reminder.body", 2, "CICA/SWG/2026/CP-1 \"Tourism\"", DEADLINE),
      Wording.of("mail.position.open", new Wording.Page("/documents/7#position")));

  @Test
  void shouldWriteEachRecipientsMailInTheirLanguageAndTimeZone() {
    MailWriter.Mail english = writer.write(reminder, ENGLISH_IN_ASTANA);
    MailWriter.Mail russian = writer.write(reminder, RUSSIAN_IN_MOSCOW);

    assertThat(english.subject())
        .isEqualTo("Reminder: your position on CICA/SWG/2026/CP-1 \"Tourism\" is due 17 December 2026, 13:54 (UTC+05:00)");
    assertThat(english.body()).isEqualTo("""
        Round 2 on CICA/SWG/2026/CP-1 "Tourism" closes at 17 December 2026, 13:54 (UTC+05:00). \
        Your delegation has not given its position yet.

        Give your delegation's position in Accord: https://accord.example.org/documents/7#position

        This message was sent automatically by Accord; please do not reply to it.""");
    assertThat(russian.subject())
        .isEqualTo("Напоминание: позиция по документу CICA/SWG/2026/CP-1 \"Tourism\" ожидается до 17 декабря 2026, 11:54 (UTC+03:00)");
    assertThat(russian.body()).startsWith("Раунд 2 по документу").contains("https://accord.example.org/documents/7#position")
        .endsWith("пожалуйста, не отвечайте на него.");
  }

  @Test
  void shouldNameCodesByTheirLabelsAndKeepWhatADelegateTypedAsItIs() {
    Notice decision = Notice.of("DECISION", "document:7",
        Wording.of("mail.decision.subject", "SOC/2026/1", "\"Budget {0} 2027\"", SocOutcome.APPROVED_WITH_RESERVATIONS),
        Wording.verbatim("It's {1} as typed"));

    assertThat(writer.write(decision, ENGLISH_IN_ASTANA).subject())
        .isEqualTo("SOC/2026/1: \"Budget {0} 2027\" — Approved with reservations");
    assertThat(writer.write(decision, RUSSIAN_IN_MOSCOW).subject())
        .isEqualTo("SOC/2026/1: \"Budget {0} 2027\" — Утверждён с оговорками");
    assertThat(writer.write(decision, ENGLISH_IN_ASTANA).body()).startsWith("It's {1} as typed\n\n");
  }

  @Test
  void shouldFallBackToTheGivenWordsOnlyWhereTheCallerAllowsIt() {
    Notice task = Notice.of("TASK_ASSIGNED", "task:1",
        Wording.of("mail.task.subject.alone", Wording.orElse("task.Task_NotInTheBundles", "Sign the minutes")));

    assertThat(writer.write(task, RUSSIAN_IN_MOSCOW).subject()).isEqualTo("[Accord] Задача: Sign the minutes");
    assertThatThrownBy(() -> writer.write(Notice.of("X", null, Wording.of("mail.no.such.key")), ENGLISH_IN_ASTANA))
        .isInstanceOf(NoSuchMessageException.class);
  }
}
