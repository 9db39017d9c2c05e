package org.accord.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.accord.decision.SocOutcome;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
  void shouldWordCodesDelegationsAndPhrasesInTheLanguageOfTheReader() {
    Delegation russia = new Delegation("RU", "Russia", DelegationKind.MEMBER_STATE, "ru", "Россия");
    ConflictException notMember = new ConflictException("refusal.security.notMember", russia);
    ConflictException returned = new ConflictException("refusal.decision.statementsNotAttached", SocOutcome.RETURNED_TO_SWG);
    InvalidInputException unknown = new InvalidInputException("refusal.input.choice.invalid", "MAYBE",
        new DefaultMessageSourceResolvable("refusal.what.positionKind"), "NO_OBJECTION, OBJECTION");

    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));

    assertThat(notMember.getMessage()).isEqualTo("You do not belong to the delegation of Russia.");
    assertThat(notMember.getLocalizedMessage()).isEqualTo("Вы не входите в делегацию «Россия».");
    assertThat(returned.getMessage()).isEqualTo("Statements are attached to an approval; this decision is: Returned to the SWG.");
    assertThat(returned.getLocalizedMessage())
        .isEqualTo("Заявления прилагаются только к утверждению; это решение: Возвращён в СРГ.");
    assertThat(unknown.getMessage()).isEqualTo("'MAYBE' is not a valid kind of position: one of NO_OBJECTION, OBJECTION.");
    assertThat(unknown.getLocalizedMessage())
        .isEqualTo("«MAYBE» не подходит как «вид позиции»: допустимо одно из NO_OBJECTION, OBJECTION.");
  }

  @Test
  void shouldReadAPhraseTheBundlesLackAsItsCode() {
    InvalidInputException refusal = new InvalidInputException("refusal.input.choice.missing",
        new DefaultMessageSourceResolvable("document type"), "CONCEPT_PAPER, BUDGET");

    assertThat(refusal.getMessage()).isEqualTo("The document type is missing: one of CONCEPT_PAPER, BUDGET.");
  }

  @Test
  void shouldWordAnEngineFailureByTheLanguageOfTheRequestToo() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));

    Problem problem = Problem.of(new org.camunda.bpm.engine.OptimisticLockingException("row changed"));

    assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(problem.detail()).isEqualTo("Кто-то изменил это в тот же момент; посмотрите ещё раз и повторите.");
  }
}
