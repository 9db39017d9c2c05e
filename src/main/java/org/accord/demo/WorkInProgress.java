package org.accord.demo;

import static org.accord.demo.Say.amendment;
import static org.accord.demo.Say.noObjection;
import static org.accord.demo.Say.reservation;

import java.util.List;
import org.accord.decision.SocRoute;
import org.accord.document.DocumentType;
import org.springframework.stereotype.Component;

/**
 * Work under way beside the meeting, so that every desk has something on it: a second round half
 * answered on a revised text (delegates read what changed and find a position to give), a calendar
 * whose round asked for a revision (the Secretariat revises it in the table editor), a paper under
 * silence procedure (delegates may break silence), a new draft (the Secretariat registers it).
 */
@Component
class WorkInProgress {

  static final String ENERGY = "Concept paper on the CICA priority area \"Energy\"";
  static final String EDUCATION = "Concept paper on the CICA priority area \"Education\"";
  static final String ENVIRONMENT = "Concept paper on the CICA priority area \"Environmental issues\"";
  static final String YOUTH_CALENDAR = "Calendar of CICA youth events for ";
  /** The delegations that have answered in the Energy paper's second round; the other fourteen are still silent. */
  static final List<String> ENERGY_ANSWERED =
      List.of("AZ", "TR", "IN", "VN", "UZ", "KG", "TJ", "MN", "PK", "AE", "QA", "TH", "KR", "EG");

  private final DemoScript script;

  WorkInProgress(DemoScript script) {
    this.script = script;
  }

  void play(Cast cast, DemoDates dates) {
    long energy = script.create(cast.delegateOf("KZ"), DocumentType.CONCEPT_PAPER, ENERGY, "KZ", energyPaper());
    long education = script.create(cast.delegateOf("KZ"), DocumentType.CONCEPT_PAPER, EDUCATION, "KZ",
        educationPaper());
    script.create(cast.delegateOf("TJ"), DocumentType.CONCEPT_PAPER, ENVIRONMENT, "TJ", environmentPaper());
    long youthCalendar = script.create(cast.secretariat(), DocumentType.CALENDAR_OF_EVENTS,
        YOUTH_CALENDAR + dates.comingYear(), "SEC", DemoContent.calendar(dates.comingYear()));
    SideBySide.run(
        () -> energyRoundHalfAnswered(energy, cast, dates),
        () -> educationUnderSilence(education, cast, dates),
        () -> calendarToRevise(youthCalendar, cast, dates));
  }

  /**
   * Round 1: India amends paragraph 2, the others agree; Kazakhstan takes the amendment into version 2.
   * Round 2 open: Viet Nam reserves, thirteen more agree; fourteen, Kazakhstan and Russia among them,
   * have yet to answer.
   */
  private void energyRoundHalfAnswered(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("CP-ENERGY"), cast.secretariat());
    script.round(id, cast, amendment("IN", "paragraph 2", "Insert \"in renewable sources of energy,\" after \"experience\"."));
    script.upload(id, energyPaper().replace("experience in energy efficiency",
        "experience in renewable sources of energy, in energy efficiency"), "India's amendment accepted.",
        cast.delegateOf("KZ"));
    for (String state : ENERGY_ANSWERED) {
      script.answer(id, cast, switch (state) {
        case "AZ" -> noObjection(state, "Azerbaijan, as co-coordinator, supports the paper.");
        case "IN" -> noObjection(state, "India thanks the coordinator for taking its amendment.");
        case "VN" -> reservation(state, "Viet Nam will take part in measure (c) within its available national resources.");
        default -> noObjection(state);
      });
    }
  }

  /** Kazakhstan asks the Secretariat to move the Youth Forum; the round closes and asks for a revision. */
  private void calendarToRevise(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("CAL-YOUTH-" + dates.comingYear()), cast.secretariat());
    script.round(id, cast, amendment("KZ", null, "Move the CICA Youth Forum to September, after the school year starts."));
  }

  /** Consensus in one round; the SOC Chair circulates it under silence, expiring a few days ahead. */
  private void educationUnderSilence(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("CP-EDUCATION"), cast.secretariat());
    script.round(id, cast);
    script.recommend(id, "Consensus at the SWG; the SOC may adopt it by silence procedure.", cast.swgChair());
    script.route(id, SocRoute.SILENCE, cast.socChair());
    script.circulateUnderSilence(id, dates.silenceExpiresAt(),
        "Circulated under silence procedure as recommended by the SWG.", cast.socChair());
  }

  private static String energyPaper() {
    return DemoContent.conceptPaper("Energy", "ECONOMIC", "KZ", "AZ", """
        CICA Concept Paper on the priority area "Energy"

        1. Reliable and affordable energy underpins the development of every member state.
        2. The member states will exchange experience in energy efficiency and in the security of energy infrastructure.
        3. Measures: (a) an expert meeting on energy security every year; (b) a database of national energy-efficiency programmes; (c) joint training of specialists in the protection of critical energy infrastructure.
        4. Kazakhstan coordinates and Azerbaijan co-coordinates the priority area.
        """);
  }

  private static String educationPaper() {
    return DemoContent.conceptPaper("Education", "HUMAN", "KZ", "MN", """
        CICA Concept Paper on the priority area "Education"

        1. Exchanges of students and teachers build lasting confidence between the member states.
        2. Measures: (a) a network of CICA partner universities; (b) summer schools for young diplomats; (c) mutual information on the recognition of diplomas.
        3. Kazakhstan coordinates and Mongolia co-coordinates the priority area.
        """);
  }

  /** Tajikistan's first draft, which waits for the Secretariat to register it. */
  private static String environmentPaper() {
    return DemoContent.conceptPaper("Environmental issues", "ENVIRONMENTAL", "TJ", "MN", """
        CICA Concept Paper on the priority area "Environmental issues"

        1. Glacier melt, land degradation and dust storms cross the borders of the member states.
        2. Measures: (a) a seminar on water resources management; (b) exchange of early-warning data on natural disasters.
        3. Tajikistan coordinates and Mongolia co-coordinates the priority area.
        """);
  }
}
