package org.accord.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every code of Accord has its word in English and in Russian, so pages, mails and PDFs never show a code. */
class LabelsTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final Labels labels = TestLabels.bundles();

  @Test
  void shouldHaveAnEnglishAndARussianLabelForEveryConstantOfEveryEnum() throws ClassNotFoundException {
    List<String> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> type : accordEnums()) {
      for (Enum<?> code : type.getEnumConstants()) {
        String english = labels.of(code, Locale.ENGLISH);
        String russian = labels.of(code, RUSSIAN);
        if (english.equals(code.name()) || russian.equals(code.name()) || russian.equals(english)) {
          missing.add(Labels.key(code) + " (en: " + english + ", ru: " + russian + ")");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldSayTheSameWordForAnOutcomeEverywhere() {
    assertThat(labels.of(org.accord.decision.SocOutcome.APPROVED_WITH_RESERVATIONS, Locale.ENGLISH))
        .isEqualTo("Approved with reservations");
    assertThat(labels.of(org.accord.decision.SocOutcome.APPROVED_WITH_RESERVATIONS, RUSSIAN))
        .isEqualTo("Утверждён с оговорками");
  }

  @Test
  void shouldNameADocumentBySymbolAndQuotedTitleWithoutNestingQuotes() {
    assertThat(Labels.document("CICA/SWG/2022/CP-1", "Tourism")).isEqualTo("CICA/SWG/2022/CP-1 \"Tourism\"");
    assertThat(Labels.document(null, "Budget 2023")).isEqualTo("\"Budget 2023\"");
    assertThat(Labels.document("CICA/SWG/2026/CP-ENERGY", "Concept paper on the priority area \"Energy\""))
        .isEqualTo("CICA/SWG/2026/CP-ENERGY — Concept paper on the priority area \"Energy\"");
  }

  @Test
  void shouldFallBackToEnglishForALanguageWithoutBundleWhateverTheMachineSpeaks() {
    Locale machine = Locale.getDefault();
    try {
      Locale.setDefault(RUSSIAN);
      assertThat(labels.of(org.accord.document.DocumentType.BUDGET, Locale.forLanguageTag("fr"))).isEqualTo("Budget");
    } finally {
      Locale.setDefault(machine);
    }
  }

  /**
   * The public enums of Accord's own code, found on the class path: a new one without words fails this
   * test. A module's internal states (package-private enums, such as what a page section waits for) are
   * never printed, so they need none.
   */
  @SuppressWarnings("unchecked")
  private static List<Class<? extends Enum<?>>> accordEnums() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
        return bean.getMetadata().isIndependent();
      }
    };
    scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
    List<Class<? extends Enum<?>>> enums = new ArrayList<>();
    for (BeanDefinition found : scanner.findCandidateComponents("org.accord")) {
      Class<?> type = ClassUtils.forName(found.getBeanClassName(), LabelsTest.class.getClassLoader());
      if (type.isEnum() && !type.getName().contains("Test") && java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
        enums.add((Class<? extends Enum<?>>) type);
      }
    }
    assertThat(enums).hasSizeGreaterThan(15);
    return enums;
  }
}
