package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.accord.document.DocumentType;
import org.accord.document.VersionContent;
import org.accord.negotiation.PositionKind;
import org.accord.system.Inputs;
import org.accord.system.TestLabels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Codes are compared in capitals, whatever language the machine speaks. In Turkish "in" becomes "İN"
 * and "I" becomes "ı", so a JVM with a Turkish default would lose India, kinds of position and media
 * types unless every change of case names its locale.
 */
class TurkishLocaleTest {

  private static final Locale JVM_LANGUAGE = Locale.getDefault();

  @BeforeEach
  void speakTurkish() {
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    assertThat("in".toUpperCase()).isEqualTo("İN");
  }

  @AfterEach
  void speakAsBefore() {
    Locale.setDefault(JVM_LANGUAGE);
  }

  @Test
  void shouldFindIndiaByTheCodeAClientTypesInSmallLetters() {
    assertThat(Inputs.code(" in ")).isEqualTo("IN");
  }

  @Test
  void shouldReadAKindOfPositionTypedInSmallLetters() {
    assertThat(PositionKind.parse("no_objection")).isEqualTo(PositionKind.NO_OBJECTION);
    assertThat(Inputs.oneOf(DocumentType.class, "calendar_of_events", "document type"))
        .isEqualTo(DocumentType.CALENDAR_OF_EVENTS);
  }

  @Test
  void shouldAcceptAFileWhoseMediaTypeComesInCapitals() {
    VersionContent pdf = VersionContent.file("paper.pdf", "APPLICATION/PDF", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

    assertThat(pdf.mediaType()).isEqualTo("application/pdf");
  }

  @Test
  void shouldPrintEnglishWordsWhereNoTurkishBundleExists() {
    assertThat(TestLabels.bundles().of(PositionKind.OBJECTION, Locale.getDefault())).isEqualTo("Objection");
  }
}
