package org.accord.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

/** A refusal is worded when it is shown: English in the log, the reader's language in the answer. */
class RefusalWordsTest {

  @AfterEach
  void forgetTheLanguage() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void shouldSpeakTheLanguageOfTheRequestAndLogInEnglish() {
    ConflictException refusal = new ConflictException("record.attendance.count", 6, 1024);

    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));

    assertThat(refusal.getMessage()).isEqualTo("Member states present: 6 of 1024.");
    assertThat(refusal.getLocalizedMessage()).isEqualTo("Присутствовали государства-члены: 6 из 1024.");
    assertThat(Problem.of(refusal)).isEqualTo(new Problem(HttpStatus.CONFLICT, "Противоречит текущему состоянию",
        "Присутствовали государства-члены: 6 из 1024."));
  }

  @Test
  void shouldSpeakEnglishOutsideARequestAndToALanguageWithoutBundle() {
    InvalidInputException refusal = new InvalidInputException("problem.forbidden.detail");

    assertThat(refusal.getLocalizedMessage()).isEqualTo("You are not allowed to do this.");
    LocaleContextHolder.setLocale(Locale.forLanguageTag("tr"));
    assertThat(Problem.of(refusal).title()).isEqualTo("Invalid input");
  }

  @Test
  void shouldWordAnEngineFailureByTheLanguageOfTheRequestToo() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));

    Problem problem = Problem.of(new org.camunda.bpm.engine.OptimisticLockingException("row changed"));

    assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(problem.detail()).isEqualTo("Кто-то изменил это в тот же момент; посмотрите ещё раз и повторите.");
  }
}
