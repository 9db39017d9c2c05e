package org.accord.decision;

import org.accord.system.TestLabels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RegisterExportCsvTest {

  private static final int DATE = 1;
  private static final int DOCUMENT_TITLE = 5;
  private static final int ENTERED = 12;

  private final DecisionRegister register = mock(DecisionRegister.class);
  private final RegisterExportCsv csv = new RegisterExportCsv(new RegisterExportRows(register, TestLabels.bundles()));

  @Test
  void shouldWriteRfc4180ThatParsesBackToTheSameCells() throws IOException {
    // given a decision whose title holds a comma, a quote and a line break, and one by silence procedure
    Decision calendar = Decisions.atMeeting(10, "Calendar of CICA events for 2023, \"revised\"\nwith annex",
        List.of(new Reservation("CN", "Supports, with \"reservations\".", Reservation.Source.ROUND),
            new Reservation("RU", "Türkiye's proposal is welcome.", Reservation.Source.MEETING)));
    Decision silence = Decisions.bySilence(11, 4);
    when(register.page(RegisterFilter.year(2022), 0, RegisterExportRows.CHUNK)).thenReturn(List.of(silence, calendar));

    // when the register of 2022 is exported
    byte[] bytes = export(2022);

    // then it is UTF-8 with a byte order mark and CRLF line ends
    assertThat(HexFormat.of().formatHex(bytes, 0, 3)).isEqualTo("efbbbf");
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(text).startsWith("Number,Date,Body,Taken by,Document symbol,Document title,Document type,"
        + "Outcome,Version,SHA-256,Reservations,Note,Entered (UTC)\r\n");
    // and an RFC 4180 parser reads back exactly the cells
    List<CSVRecord> records = parse(text);
    assertThat(records).hasSize(3);
    // the date is the act's day; when it was entered comes last
    assertThat(records.get(0).toList()).containsExactly("Number", "Date", "Body", "Taken by", "Document symbol",
        "Document title", "Document type", "Outcome", "Version", "SHA-256", "Reservations", "Note", "Entered (UTC)");
    assertThat(records.get(1).toList()).containsExactly("SOC/2022/11", "2022-12-20", "SOC",
        "Silence procedure 4", "CICA/SWG/2022/CP-5", "Concept paper on Energy", "Concept paper", "Approved", "2",
        silence.versionSha256(), "", "", "2022-12-20T18:00:00Z");
    assertThat(records.get(2).toList()).containsExactly("SOC/2022/10", "2022-12-15", "SOC",
        "Meeting of the Senior Officials Committee, December 2022", "CICA/SWG/2022/CAL-2023",
        "Calendar of CICA events for 2023, \"revised\"\nwith annex", "Calendar of events",
        "Approved with reservations", "3", calendar.versionSha256(),
        "CN: Supports, with \"reservations\".; RU: Türkiye's proposal is welcome.", "Adopted by consensus.",
        "2022-12-15T05:40:00Z");
  }

  @Test
  void shouldDateAMeetingsDecisionByTheDayItSatAndKeepWhenItWasEnteredApart() throws IOException {
    // given a decision of the meeting of 15 December 2022, entered into the register two days later
    when(register.page(RegisterFilter.year(2022), 0, RegisterExportRows.CHUNK))
        .thenReturn(List.of(Decisions.enteredAfterTheMeeting(12)));

    // when exported
    List<CSVRecord> records = parse(new String(export(2022), StandardCharsets.UTF_8).substring(1));

    // then its date is the meeting's day, and the day it was typed shows only as the moment of entry
    assertThat(records.get(1).get(0)).isEqualTo("SOC/2022/12");
    assertThat(records.get(1).get(DATE)).isEqualTo("2022-12-15");
    assertThat(records.get(1).get(ENTERED)).isEqualTo("2022-12-17T04:20:00Z");
  }

  @Test
  void shouldKeepFormulasFromRunningInSpreadsheets() throws IOException {
    // given a title that a spreadsheet would run as a formula
    when(register.page(RegisterFilter.ALL, 0, RegisterExportRows.CHUNK))
        .thenReturn(List.of(Decisions.atMeeting(7, "=HYPERLINK(\"http://example.test\",\"Tourism\")", List.of())));

    // when exported
    List<CSVRecord> records = parse(new String(export(null), StandardCharsets.UTF_8).substring(1));

    // then the cell stays text
    assertThat(records.get(1).get(DOCUMENT_TITLE)).isEqualTo("'=HYPERLINK(\"http://example.test\",\"Tourism\")");
  }

  @Test
  void shouldReadTheRegisterInChunksWithoutRepeatingWhatANewDecisionPushedDown() throws IOException {
    // given 700 decisions, and a 701st recorded while the first chunk is written
    when(register.page(eq(RegisterFilter.ALL), eq(0), anyInt())).thenReturn(Decisions.numbered(700, 201));
    when(register.page(eq(RegisterFilter.ALL), eq(500), anyInt())).thenReturn(Decisions.numbered(201, 1));

    // when exported
    List<CSVRecord> records = parse(new String(export(null), StandardCharsets.UTF_8).substring(1));

    // then each of the 700 appears once, read 500 at a time
    assertThat(records.subList(1, records.size()).stream().map(row -> row.get(0)).distinct()).hasSize(700);
    assertThat(records).hasSize(701);
    verify(register).page(RegisterFilter.ALL, 0, 500);
    verify(register).page(RegisterFilter.ALL, 500, 500);
  }

  @Test
  void shouldWriteOnlyTheHeaderForAnEmptyRegister() throws IOException {
    when(register.page(RegisterFilter.year(2019), 0, RegisterExportRows.CHUNK)).thenReturn(List.of());

    assertThat(parse(new String(export(2019), StandardCharsets.UTF_8).substring(1))).hasSize(1);
  }

  private byte[] export(Integer year) throws IOException {
    var out = new ByteArrayOutputStream();
    csv.write(RegisterFilter.year(year), out);
    return out.toByteArray();
  }

  private static List<CSVRecord> parse(String text) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      return parser.getRecords();
    }
  }

  /** Register entries of the seed meeting and after. */
  static final class Decisions {

    static final String MEETING = "Meeting of the Senior Officials Committee, December 2022";
    static final LocalDate MEETING_DAY = LocalDate.parse("2022-12-15");

    static Decision atMeeting(int number, String title, List<Reservation> reservations) {
      return new Decision(number, "SOC/2022/" + number, 14, "CALENDAR_OF_EVENTS", title, "CICA/SWG/2022/CAL-2023",
          140 + number, 3, sha256Of(number), "SOC",
          reservations.isEmpty() ? SocOutcome.APPROVED : SocOutcome.APPROVED_WITH_RESERVATIONS, "soc.chair",
          OffsetDateTime.parse("2022-12-15T11:30:00+06:00").plusMinutes(number), "Adopted by consensus.", 3L, MEETING,
          null, reservations);
    }

    /**
     * A decision of the meeting that sat on 15 December 2022, signed and entered into the register on
     * 17 December at 10:20 in Almaty (04:20 UTC): its date is the meeting's, not the day it was typed.
     */
    static Decision enteredAfterTheMeeting(int number) {
      OffsetDateTime entered = OffsetDateTime.parse("2022-12-17T10:20:00+06:00");
      return new Decision(number, "SOC/2022/" + number, 30, "ACTION_PLAN", "Action plan on Tourism",
          "CICA/SWG/2022/AP-7", 300 + number, 2, sha256Of(number), "SOC", SocOutcome.APPROVED, "soc.chair", entered,
          null, 3L, MEETING, null, List.of(), MEETING_DAY, null, entered);
    }

    static Decision bySilence(int number, long silenceProcedureId) {
      return new Decision(number, "SOC/2022/" + number, 20, "CONCEPT_PAPER", "Concept paper on Energy",
          "CICA/SWG/2022/CP-5", 202, 2, sha256Of(number), "SOC", SocOutcome.APPROVED, "soc.chair",
          OffsetDateTime.parse("2022-12-20T18:00:00Z"), null, null, null, silenceProcedureId, List.of());
    }

    /** Decisions numbered from {@code newest} down to {@code oldest}, as the register pages them. */
    static List<Decision> numbered(long newest, long oldest) {
      return LongStream.iterate(newest, n -> n >= oldest, n -> n - 1)
          .mapToObj(n -> new Decision(n, "SOC/2022/" + n, n, "BUDGET", "Budget line " + n, "CICA/B/" + n, n, 1,
              sha256Of(n), "SOC", SocOutcome.APPROVED, "soc.chair", OffsetDateTime.parse("2022-01-01T00:00:00Z")
                  .plusMinutes(n), null, 3L, MEETING, null, List.of()))
          .toList();
    }

    static String sha256Of(long seed) {
      return String.format("%064x", seed * 0x9E3779B97F4A7C15L & Long.MAX_VALUE);
    }
  }
}
