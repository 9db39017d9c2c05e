package org.accord.meeting;

import org.accord.system.TestLabels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.decision.Decision;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.meeting.MeetingSummary.Attendance;
import org.accord.meeting.MeetingSummary.Item;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SummaryRecordPdfTest {

  private final SummaryRecordPdf pdf = new SummaryRecordPdf(
      language -> language.getLanguage().equals("ru") ? "Совещание по взаимодействию и мерам доверия в Азии"
          : "Conference on Interaction and Confidence Building Measures in Asia",
      language -> language.getLanguage().equals("ru") ? Map.of("CN", "Китай", "KZ", "Казахстан") : Map.of(),
      TestLabels.bundles(), ZoneId.of("Asia/Almaty"));

  @Test
  void shouldRecordEveryAgendaItemDecisionVersionAndReservationOfTheDecemberMeeting() throws IOException {
    // given the SOC videoconference of December 2022, which approved six documents
    MeetingSummary summary = SummaryRecordFixture.december2022();

    // when its summary record is rendered
    String text = textOf(pdf.render(summary));

    // then the heading says which forum, body, meeting, time and format
    assertThat(text).contains("Conference on Interaction and Confidence Building Measures in Asia",
        "Senior Officials Committee", "Summary record", "Meeting of the Senior Officials Committee, December 2022",
        "15 December 2022, 10:00 (Asia/Almaty), 04:00 UTC", "Videoconference, chaired from Astana");
    // and every agenda item, decision, version and hash is there
    for (Item item : summary.agenda()) {
      assertThat(text).contains(item.item().documentSymbol(), item.item().documentTitle());
      for (Decision decision : item.decisions()) {
        assertThat(text).contains(decision.number(), decision.versionSha256(), "Version " + decision.versionNumber());
      }
    }
    assertThat(text).contains("Concept paper", "Action plan", "Calendar of events", "Budget",
        "Document CICA/SWG/2022/SM-2023 Staff matrix of the CICA Secretariat for 2023 (Staff matrix)",
        "Approved with reservations", "Outcome Approved");
    // and the reservations, with where they were entered
    assertThat(text).contains(
        "CN (entered in the negotiation round): " + SummaryRecordFixture.CHINA_ON_ACTION_PLAN,
        "CN (made at the meeting): " + SummaryRecordFixture.CHINA_ON_TOURISM);
    // and the attendance of member states, present or absent, and the observers present
    assertThat(text).contains("Member states present: 6 of 8.", "China (CN) Present", "Kazakhstan (KZ) Present",
        "Azerbaijan (AZ) Absent", "Observers present: United Nations (UN), Eurasian Economic Commission (EEC).");
    assertThat(text).doesNotContain("Japan");
    // and the footer, with the moment of closing where the meeting sat and in UTC
    assertThat(text).contains(
        "Produced by Accord on closing the meeting, 15 December 2022, 13:05 (Asia/Almaty), 07:05 UTC",
        "Page 1 of 2", "Page 2 of 2");
  }

  @Test
  void shouldPrintAccentedLatinAndCyrillicText() throws IOException {
    // given a note with characters outside Western European encodings
    MeetingSummary summary = SummaryRecordFixture.withNote("Welcomed by Türkiye and Việt Nam; принято консенсусом.");

    // when rendered
    String text = textOf(pdf.render(summary));

    // then the text survives, because the font is embedded
    assertThat(text).contains("Welcomed by Türkiye and Việt Nam; принято консенсусом.");
  }

  @Test
  void shouldRenderTheSameSummaryToTheSameBytesOnA4() throws IOException {
    // given one summary
    MeetingSummary summary = SummaryRecordFixture.december2022();

    // when rendered twice
    byte[] first = pdf.render(summary);
    byte[] second = pdf.render(summary);

    // then the bytes, and so the kept SHA-256, are the same, and the pages are A4
    assertThat(second).isEqualTo(first);
    try (PDDocument document = Loader.loadPDF(first)) {
      PDRectangle page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isEqualTo(PDRectangle.A4.getWidth(), within(1f));
      assertThat(page.getHeight()).isEqualTo(PDRectangle.A4.getHeight(), within(1f));
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Summary record: Meeting of the Senior Officials Committee, December 2022");
    }
  }

  @Test
  void shouldSayWhenAnItemWasWithdrawnOrHasNoDecision() throws IOException {
    // given a meeting still open: one item withdrawn, one not yet decided, no observers
    Meeting open = SummaryRecordFixture.meeting(null);
    AgendaItem withdrawn = new AgendaItem(1, open.id(), 1, 21, "CONCEPT_PAPER", "Concept paper on Energy",
        "CICA/SWG/2023/CP-4", true);
    AgendaItem pending = new AgendaItem(2, open.id(), 2, 22, "ACTION_PLAN", "Action plan 2023-2025", null, false);
    MeetingSummary summary = new MeetingSummary(open, List.of(new Item(withdrawn, List.of()),
        new Item(pending, List.of())), List.of(new Attendance("KZ", "Kazakhstan", true, true)));

    // when rendered
    String text = textOf(pdf.render(summary));

    // then each item says why it has no decision
    assertThat(text).contains("Concept paper on Energy (withdrawn)", "Withdrawn from the agenda; no decision was taken.",
        "No decision was recorded on this item.", "No observers attended.", "Member states present: 1 of 1.",
        "Page 1 of 1");
    assertThat(text).doesNotContain("on closing the meeting");
  }

  @Test
  void shouldRenderTheRecordInRussianMarkedAsATranslationOfTheRecordKept() throws IOException {
    // given the December meeting
    MeetingSummary summary = SummaryRecordFixture.december2022();

    // when a Russian reader asks for it
    String text = textOf(pdf.render(summary, Locale.forLanguageTag("ru")));

    // then its headings, labels, dates and parties are Russian, and it says which text is kept
    assertThat(text).contains("Совещание по взаимодействию и мерам доверия в Азии", "Комитет старших должностных лиц",
        "Краткий отчёт", "Перевод для справки", "15 декабря 2022, 10:00 (Asia/Almaty), 04:00 UTC",
        "Видеоконференция; место председательства: Astana", "Повестка дня", "Утверждён с оговорками",
        "Концептуальный документ", "Присутствовали государства-члены: 6 из 8.", "Китай (CN) Присутствует",
        "Azerbaijan (AZ) Отсутствует", "CN (сделана на заседании): " + SummaryRecordFixture.CHINA_ON_TOURISM,
        "Страница 1 из 2");
    assertThat(text).doesNotContain("Summary record", "Present", "Page 1");
    // and the English record kept is unchanged by the Russian reading
    assertThat(pdf.render(summary)).isEqualTo(pdf.render(summary, Locale.ENGLISH));
  }

  @Test
  void shouldDateADecisionByTheMeetingsDayAndGiveEveryMomentInTheForumsZoneBesideUtc() throws IOException {
    // given the meeting of 15 December, whose decision on tourism was typed and signed the next morning,
    // and which was closed then
    MeetingSummary summary = SummaryRecordFixture.decidedTheNextMorning();

    // when its record is rendered, and read in Russian
    String english = textOf(pdf.render(summary));
    String russian = textOf(pdf.render(summary, Locale.forLanguageTag("ru")));

    // then the decision carries the day the meeting sat; when it was typed and signed is kept beside it,
    // as are the closing and the footer, each in Almaty's time and in UTC
    assertThat(english).contains("Date of the decision 15 December 2022",
        "Recorded 16 December 2022, 09:10 (Asia/Almaty), 03:10 UTC by soc.chair",
        "Signed 16 December 2022, 09:09 (Asia/Almaty), 03:09 UTC by soc.chair",
        "Closed 16 December 2022, 09:30 (Asia/Almaty), 03:30 UTC by soc.chair",
        "Produced by Accord on closing the meeting, 16 December 2022, 09:30 (Asia/Almaty), 03:30 UTC")
        .doesNotContain("Date of the decision 16 December 2022", "09:10 UTC", "09:30 UTC");
    assertThat(russian).contains("Дата решения 15 декабря 2022",
        "Записано 16 декабря 2022, 09:10 (Asia/Almaty), 03:10 UTC, soc.chair",
        "Подписано 16 декабря 2022, 09:09 (Asia/Almaty), 03:09 UTC, soc.chair",
        "Закрыто 16 декабря 2022, 09:30 (Asia/Almaty), 03:30 UTC, soc.chair",
        "Подготовлено в Accord при закрытии заседания, 16 декабря 2022, 09:30 (Asia/Almaty), 03:30 UTC")
        .doesNotContain("Дата решения 16 декабря 2022");
  }

  @Test
  void shouldSayWhenAndByWhomTheSessionWasOpenedBeforeItsConvenedTime() throws IOException {
    // given the meeting convened for 15 December at 10:00, opened on the 14th at 16:00 by an acting Chair
    MeetingSummary convened = SummaryRecordFixture.december2022();
    Meeting m = convened.meeting();
    Meeting openedEarly = new Meeting(m.id(), m.title(), m.startsAt(), m.format(), m.place(), m.status(),
        m.processInstanceId(), m.createdBy(), m.createdAt(), m.closedBy(), m.closedAt(), m.summarySha256(),
        "kz.delegate2", OffsetDateTime.parse("2022-12-14T16:00:00+06:00"), null, "soc.chair", null);
    MeetingSummary summary = new MeetingSummary(openedEarly, convened.agenda(), convened.attendance());

    // when its record is rendered in English and in Russian
    String english = textOf(pdf.render(summary));
    String russian = textOf(pdf.render(summary, Locale.forLanguageTag("ru")));

    // then the heading says the session sat from then, and for whom it was opened
    assertThat(english).contains("Date and time 15 December 2022, 10:00 (Asia/Almaty), 04:00 UTC",
        "Session opened early 14 December 2022, 16:00 (Asia/Almaty), 10:00 UTC by kz.delegate2 (acting for soc.chair)");
    assertThat(russian).contains("Заседание открыто досрочно 14 декабря 2022, 16:00 (Asia/Almaty), 10:00 UTC");
    // and a meeting opened at its time says nothing of it
    assertThat(textOf(pdf.render(convened))).doesNotContain("Session opened early");
  }

  static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Lines wrap where the page is full: compare text with single spaces.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The meeting of the seed: context/soc-meeting-press-release.txt. */
  static final class SummaryRecordFixture {

    static final String CHINA_ON_ACTION_PLAN = "China joins the consensus on the understanding that the measures "
        + "are implemented on a voluntary basis and by consensus of the States concerned.";
    static final String CHINA_ON_TOURISM = "China supports the concept paper and looks forward to the exchange of "
        + "tourism statistics among Member States.";
    private static final OffsetDateTime DECIDED = OffsetDateTime.parse("2022-12-15T11:30:00+06:00");

    static MeetingSummary december2022() {
      return withNote(null);
    }

    static MeetingSummary withNote(String calendarNote) {
      Meeting meeting = meeting(OffsetDateTime.parse("2022-12-15T13:05:00+06:00"));
      List<Item> agenda = List.of(
          item(meeting, 1, 11, "CONCEPT_PAPER", "Concept paper on Tourism", "CICA/SWG/2022/CP-1",
              decision(7, 11, "CONCEPT_PAPER", "Concept paper on Tourism", "CICA/SWG/2022/CP-1", 3,
                  SocOutcome.APPROVED_WITH_RESERVATIONS, null,
                  List.of(new Reservation("CN", CHINA_ON_TOURISM, Reservation.Source.MEETING)))),
          item(meeting, 2, 12, "CONCEPT_PAPER", "Concept paper on Agriculture", "CICA/SWG/2022/CP-2",
              decision(8, 12, "CONCEPT_PAPER", "Concept paper on Agriculture", "CICA/SWG/2022/CP-2", 2,
                  SocOutcome.APPROVED, null, List.of())),
          item(meeting, 3, 13, "ACTION_PLAN", "Action Plan on implementation of confidence building measures "
                  + "under priority areas of CICA dimensions", "CICA/SWG/2022/AP-1",
              decision(9, 13, "ACTION_PLAN", "Action Plan on implementation of confidence building measures "
                      + "under priority areas of CICA dimensions", "CICA/SWG/2022/AP-1", 4,
                  SocOutcome.APPROVED_WITH_RESERVATIONS, null,
                  List.of(new Reservation("CN", CHINA_ON_ACTION_PLAN, Reservation.Source.ROUND)))),
          item(meeting, 4, 14, "CALENDAR_OF_EVENTS", "Calendar of CICA events for 2023", "CICA/SWG/2022/CAL-2023",
              decision(10, 14, "CALENDAR_OF_EVENTS", "Calendar of CICA events for 2023", "CICA/SWG/2022/CAL-2023", 2,
                  SocOutcome.APPROVED, calendarNote, List.of())),
          item(meeting, 5, 15, "BUDGET", "Budget of the CICA Secretariat for 2023", "CICA/SWG/2022/BUD-2023",
              decision(11, 15, "BUDGET", "Budget of the CICA Secretariat for 2023", "CICA/SWG/2022/BUD-2023", 3,
                  SocOutcome.APPROVED, "Approved together with the staff matrix.", List.of()),
              decision(12, 16, "STAFF_MATRIX", "Staff matrix of the CICA Secretariat for 2023",
                  "CICA/SWG/2022/SM-2023", 3, SocOutcome.APPROVED, "Approved together with the budget.",
                  List.of())));
      List<Attendance> attendance = List.of(
          new Attendance("AZ", "Azerbaijan", true, false),
          new Attendance("CN", "China", true, true),
          new Attendance("IN", "India", true, true),
          new Attendance("KZ", "Kazakhstan", true, true),
          new Attendance("KW", "Kuwait", true, false),
          new Attendance("RU", "Russia", true, true),
          new Attendance("TH", "Thailand", true, true),
          new Attendance("TR", "Turkiye", true, true),
          new Attendance("UN", "United Nations", false, true),
          new Attendance("EEC", "Eurasian Economic Commission", false, true),
          new Attendance("JP", "Japan", false, false));
      return new MeetingSummary(meeting, agenda, attendance);
    }

    /**
     * The meeting of 15 December 2022 (10:00 in Almaty), its one decision, on tourism, signed at 09:09 and
     * entered at 09:10 on the next morning, and the meeting closed at 09:30.
     */
    static MeetingSummary decidedTheNextMorning() {
      Meeting meeting = meeting(OffsetDateTime.parse("2022-12-16T09:30:00+06:00"));
      OffsetDateTime entered = OffsetDateTime.parse("2022-12-16T09:10:00+06:00");
      Decision tourism = new Decision(7, "SOC/2022/7", 11, "CONCEPT_PAPER", "Concept paper on Tourism",
          "CICA/SWG/2022/CP-1", 113, 3, sha256("Concept paper on Tourism, version 3"), "SOC", SocOutcome.APPROVED,
          "soc.chair", entered, null, 3L, "Meeting of the Senior Officials Committee, December 2022", null, List.of(),
          LocalDate.parse("2022-12-15"), null, entered.minusMinutes(1));
      return new MeetingSummary(meeting, List.of(item(meeting, 1, 11, "CONCEPT_PAPER", "Concept paper on Tourism",
          "CICA/SWG/2022/CP-1", tourism)), List.of(new Attendance("KZ", "Kazakhstan", true, true)));
    }

    static Meeting meeting(OffsetDateTime closedAt) {
      return new Meeting(3, "Meeting of the Senior Officials Committee, December 2022",
          OffsetDateTime.parse("2022-12-15T10:00:00+06:00"), MeetingFormat.VIDEOCONFERENCE, "Astana",
          closedAt == null ? MeetingStatus.IN_SESSION : MeetingStatus.CLOSED, "meeting-process-3", "secretariat.officer",
          OffsetDateTime.parse("2022-11-20T09:00:00Z"), closedAt == null ? null : "soc.chair", closedAt, null);
    }

    private static Item item(Meeting meeting, int number, long documentId, String type, String title, String symbol,
        Decision... decisions) {
      return new Item(new AgendaItem(number, meeting.id(), number, documentId, type, title, symbol, false),
          List.of(decisions));
    }

    private static Decision decision(int number, long documentId, String type, String title, String symbol,
        int version, SocOutcome outcome, String note, List<Reservation> reservations) {
      return new Decision(number, "SOC/2022/" + number, documentId, type, title, symbol, documentId * 10 + version,
          version, sha256(title + ", version " + version), "SOC", outcome, "soc.chair", DECIDED.plusMinutes(number),
          note, 3L, "Meeting of the Senior Officials Committee, December 2022", null, reservations);
    }
  }
}
