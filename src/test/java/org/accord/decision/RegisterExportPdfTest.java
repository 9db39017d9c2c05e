package org.accord.decision;

import org.accord.system.TestLabels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.accord.decision.RegisterExportCsvTest.Decisions;
import org.accord.system.AccordClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RegisterExportPdfTest {

  private final DecisionRegister register = mock(DecisionRegister.class);
  private final RegisterExportPdf pdf = new RegisterExportPdf(new RegisterExportRows(register, TestLabels.bundles()),
      TestLabels.bundles(), new AccordClock());

  @Test
  void shouldPrintEveryColumnOfEveryDecisionOnLandscapeA4() throws IOException {
    // given a meeting decision with reservations and one by silence procedure
    Decision calendar = Decisions.atMeeting(10, "Calendar of CICA events for 2023",
        List.of(new Reservation("CN", "China joins the consensus.", Reservation.Source.ROUND)));
    Decision silence = Decisions.bySilence(11, 4);
    when(register.page(RegisterFilter.year(2022), 0, RegisterExportRows.CHUNK)).thenReturn(List.of(silence, calendar));

    // when the register of 2022 is printed
    byte[] bytes = export(2022);

    // then the table has its headers and every cell
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDRectangle page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isGreaterThan(page.getHeight());
      assertThat(document.getPage(0).getRotation()).isZero();
      String text = textOf(document);
      assertThat(text).contains("Decision register of the Senior Officials Committee, 2022", "Number", "Date", "Entered (UTC)",
          "Taken by", "Document symbol", "Document title", "Document type", "Outcome", "Version", "SHA-256",
          "Reservations", "Note");
      assertThat(text).contains("SOC/2022/10", "SOC/2022/11", "Silence procedure 4", Decisions.MEETING,
          "Calendar of CICA events for 2023", "Approved with reservations", "CN: China joins the consensus.",
          "Adopted by consensus.", "Page 1 of 1");
      // the hash may wrap inside its narrow column
      assertThat(text.replace(" ", "")).contains(calendar.versionSha256(), silence.versionSha256());
    }
  }

  @Test
  void shouldDateAMeetingsDecisionByTheDayItSatInEveryLanguage() throws IOException {
    // given a decision of the meeting of 15 December 2022, entered into the register two days later
    when(register.page(RegisterFilter.year(2022), 0, RegisterExportRows.CHUNK))
        .thenReturn(List.of(Decisions.enteredAfterTheMeeting(12)));

    // when printed in English and in Russian
    for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
      try (PDDocument document = Loader.loadPDF(export(2022, language))) {
        // then the date beside its number is the meeting's day, and the day it was typed is only its entry
        String text = textOf(document);
        assertThat(text).as(language.toString()).contains("SOC/2022/12 2022-12-15 SOC")
            .doesNotContain("SOC/2022/12 2022-12-17");
        assertThat(text.replace(" ", "")).as(language.toString()).contains("2022-12-17T04:20:00Z");
      }
    }
  }

  @Test
  void shouldRepeatTheHeaderOnEveryPageOfALongRegister() throws IOException {
    // given 520 decisions, read in two chunks
    when(register.page(eq(RegisterFilter.ALL), eq(0), anyInt())).thenReturn(Decisions.numbered(520, 21));
    when(register.page(eq(RegisterFilter.ALL), eq(500), anyInt())).thenReturn(Decisions.numbered(20, 1));

    // when printed
    try (PDDocument document = Loader.loadPDF(export(null))) {
      // then every page starts its table with the header, and the last decision is there
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(10);
      for (int page : new int[] {2, pages}) {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).contains("Document symbol", "Page " + page + " of " + pages);
      }
      assertThat(textOf(document)).contains("SOC/2022/520", "SOC/2022/21", "SOC/2022/20");
    }
  }

  @Test
  void shouldSaySoWhenNoDecisionIsRecorded() throws IOException {
    when(register.page(RegisterFilter.year(2019), 0, RegisterExportRows.CHUNK)).thenReturn(List.of());

    try (PDDocument document = Loader.loadPDF(export(2019))) {
      assertThat(textOf(document)).contains("No decision is recorded for 2019.");
    }
  }

  @Test
  void shouldPrintTheRegisterInRussianForARussianReader() throws IOException {
    when(register.page(RegisterFilter.year(2022), 0, RegisterExportRows.CHUNK)).thenReturn(List.of(Decisions.atMeeting(10,
        "Calendar of CICA events for 2023", List.of())));

    try (PDDocument document = Loader.loadPDF(export(2022, Locale.forLanguageTag("ru")))) {
      assertThat(textOf(document)).contains("Реестр решений Комитета старших должностных лиц, 2022",
          "Условное обозначение", "Орган", "Итог", "Утверждён", "Календарь мероприятий", "Страница 1 из 1")
          .doesNotContain("Document symbol", "Page 1");
    }
  }

  @Test
  void shouldSayUnderTheTitleWhichDocumentsTheTextNarrowedTo() throws IOException {
    RegisterFilter tourism = new RegisterFilter(2022, "Tourism");
    when(register.page(tourism, 0, RegisterExportRows.CHUNK)).thenReturn(List.of(Decisions.atMeeting(10,
        "Concept paper on Tourism", List.of())));
    RegisterFilter nothing = new RegisterFilter(null, "no such paper");
    when(register.page(nothing, 0, RegisterExportRows.CHUNK)).thenReturn(List.of());

    try (PDDocument document = Loader.loadPDF(export(tourism, Locale.ENGLISH));
        PDDocument empty = Loader.loadPDF(export(nothing, Locale.forLanguageTag("ru")))) {
      assertThat(textOf(document)).contains("Decision register of the Senior Officials Committee, 2022",
          "Only documents whose symbol or title contains \"Tourism\".", "SOC/2022/10");
      assertThat(textOf(empty)).contains("«no such paper»", "Ни одно решение не отвечает фильтрам.");
    }
  }

  private byte[] export(Integer year) {
    return export(year, Locale.ENGLISH);
  }

  private byte[] export(Integer year, Locale language) {
    return export(RegisterFilter.year(year), language);
  }

  private byte[] export(RegisterFilter filter, Locale language) {
    var out = new ByteArrayOutputStream();
    pdf.write(filter, language, out);
    return out.toByteArray();
  }

  private static String textOf(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
  }
}
