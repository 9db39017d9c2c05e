package org.accord.document.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.accord.document.Dimension;
import org.accord.document.DocumentType;
import org.accord.document.Paragraph;
import org.accord.document.EventFormat;
import org.accord.document.VersionReading;
import org.accord.document.VersionReading.Amount;
import org.accord.document.VersionReading.StaffCheck;
import org.junit.jupiter.api.Test;

/** A version's typed content as its page reads it, parsed and checked inside the document module. */
class ReadingsTest {

  private static final long DOCUMENT = 4;
  private final ContentRules rules = new ContentRules(ForumFixture.forum());

  @Test
  void shouldReadAConceptPaperWithItsParagraphsNumberedAsNegotiatorsCiteThem() {
    VersionReading.ConceptPaper paper = (VersionReading.ConceptPaper) rules.reading(DocumentType.CONCEPT_PAPER,
        Samples.TOURISM_CONCEPT_PAPER, DOCUMENT, null);

    assertThat(paper.priorityArea()).isEqualTo("Tourism");
    assertThat(paper.dimension()).isEqualTo(Dimension.ECONOMIC);
    assertThat(paper.coordinators()).containsExactly("TR");
    assertThat(paper.coCoordinators()).containsExactly("AZ");
    assertThat(paper.paragraphs()).hasSize(2).first().isEqualTo(new Paragraph(1, "CICA Concept Paper on Tourism"));
  }

  @Test
  void shouldGiveEachEventTheUidOfItsOwnIcalendarExport() {
    VersionReading.Calendar calendar = (VersionReading.Calendar) rules.reading(DocumentType.CALENDAR_OF_EVENTS,
        Samples.CALENDAR_2023, DOCUMENT, null);

    assertThat(calendar.year()).isEqualTo(2023);
    VersionReading.Event forum = calendar.events().get(2);
    assertThat(forum.start()).isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(forum.format()).isEqualTo(EventFormat.HYBRID);
    assertThat(forum.uid()).isEqualTo(CalendarExport.uid(DOCUMENT, rules.calendar(Samples.CALENDAR_2023).events().get(2)));
    assertThat(calendar.events().get(3).hostState()).isNull();
  }

  @Test
  void shouldReadAnActionPlansMeasuresWithTheirMonths() {
    VersionReading.ActionPlan plan = (VersionReading.ActionPlan) rules.reading(DocumentType.ACTION_PLAN,
        Samples.ACTION_PLAN, DOCUMENT, null);

    assertThat(plan.measures()).hasSize(3);
    assertThat(plan.measures().get(0).start()).isEqualTo(YearMonth.of(2023, 1));
    assertThat(plan.measures().get(0).end()).isEqualTo(YearMonth.of(2024, 12));
    assertThat(plan.measures().get(2).coordinators()).containsExactly("RU", "TJ");
  }

  @Test
  void shouldTotalABudgetAndAgreeWithAStaffMatrixOfTheSameCost() {
    // when
    StaffCheck check = rules.staffCheck(Samples.BUDGET_2023, Samples.STAFF_MATRIX_2023);
    VersionReading.Budget budget = (VersionReading.Budget) rules.reading(DocumentType.BUDGET, Samples.BUDGET_2023,
        DOCUMENT, check);

    // then
    assertThat(budget.lines()).hasSize(5);
    assertThat(budget.totals()).containsExactly(new Amount(new BigDecimal("1885000.50"), "USD"));
    assertThat(check.staffLine()).isEqualTo(new Amount(new BigDecimal("1320000.00"), "USD"));
    assertThat(check.agrees()).isTrue();
  }

  @Test
  void shouldCostAStaffMatrixPostByPostAndSayWhenItsBudgetDisagrees() {
    String budget = Samples.BUDGET_2023.replace("1320000.00", "1300000.00");
    StaffCheck check = rules.staffCheck(budget, Samples.STAFF_MATRIX_2023);

    VersionReading.StaffMatrix matrix = (VersionReading.StaffMatrix) rules.reading(DocumentType.STAFF_MATRIX,
        Samples.STAFF_MATRIX_2023, DOCUMENT, check);

    assertThat(matrix.posts().get(2).cost()).isEqualTo(new Amount(new BigDecimal("420000.00"), "USD"));
    assertThat(matrix.total()).isEqualTo(new Amount(new BigDecimal("1320000.00"), "USD"));
    assertThat(check.complete()).isTrue();
    assertThat(check.agrees()).isFalse();
  }

  @Test
  void shouldLeaveASideOfTheCheckEmptyWhenItHasNoFiguresYet() {
    StaffCheck withoutMatrix = rules.staffCheck(Samples.BUDGET_2023, null);
    StaffCheck withoutStaffLine = rules.staffCheck(Samples.BUDGET_2023.replace("\"STAFF\"", "\"SALARIES\""),
        Samples.STAFF_MATRIX_2023);

    assertThat(withoutMatrix.staffTotal()).isNull();
    assertThat(withoutMatrix.complete()).isFalse();
    assertThat(withoutStaffLine.staffLine()).isNull();
    assertThat(withoutStaffLine.agrees()).isFalse();
  }
}
