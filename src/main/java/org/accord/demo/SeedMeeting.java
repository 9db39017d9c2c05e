package org.accord.demo;

import static org.accord.demo.Say.amendment;
import static org.accord.demo.Say.noObjection;
import static org.accord.demo.Say.objection;
import static org.accord.demo.Say.reservation;

import java.util.List;
import org.accord.decision.SocRoute;
import org.accord.document.DocumentType;
import org.accord.meeting.MeetingFormat;
import org.springframework.stereotype.Component;

/**
 * The six documents of the SOC meeting of December 2022 (the Kazakh MFA's press release of 18 December
 * 2022), each brought through the SWG by its own path, and the meeting that will decide them:
 * convened by the Secretariat, its agenda confirmed, so that the SOC Chair finds one decision
 * waiting per agenda item.
 */
@Component
class SeedMeeting {

  static final String MEETING_TITLE = "Meeting of the Senior Officials Committee (videoconference)";
  static final String TOURISM = "Concept paper on the CICA priority area \"Tourism\"";
  static final String AGRICULTURE = "Concept paper on the CICA priority area \"Agriculture\"";
  static final String ACTION_PLAN =
      "Action Plan on implementation of confidence-building measures under priority areas of the CICA dimensions";
  static final String CALENDAR = "Calendar of CICA events for ";
  static final String BUDGET = "Budget of the CICA Secretariat for ";
  static final String STAFF_MATRIX = "Staff matrix of the CICA Secretariat for ";
  private static final String CONSENSUS = "Consensus at the SWG; recommended to the SOC.";

  private final DemoScript script;

  SeedMeeting(DemoScript script) {
    this.script = script;
  }

  /** Returns the meeting, in session with the five agenda items (the budget carries its staff matrix). */
  long play(Cast cast, DemoDates dates) {
    // The first drafts come in the order of the agenda, so that the documents have the same ids in every demo.
    long tourism = script.create(cast.delegateOf("TR"), DocumentType.CONCEPT_PAPER, TOURISM, "TR",
        tourismPaper("(c) joint promotion of cultural heritage routes."));
    long agriculture = script.create(cast.delegateOf("PK"), DocumentType.CONCEPT_PAPER, AGRICULTURE, "PK",
        agriculturePaper("2. The member states will coordinate their positions on the regulation of international "
            + "trade in agricultural products."));
    long actionPlan = script.create(cast.secretariat(), DocumentType.ACTION_PLAN, ACTION_PLAN, "SEC",
        DemoContent.actionPlan(dates.comingYear(), (dates.comingYear() + 1) + "-06"));
    long calendar = script.create(cast.secretariat(), DocumentType.CALENDAR_OF_EVENTS, CALENDAR + dates.comingYear(),
        "SEC", DemoContent.calendar(dates.comingYear()));
    long budget = draftBudgetWithStaffMatrix(cast, dates.comingYear());
    SideBySide.run(
        () -> negotiateTourism(tourism, cast, dates),
        () -> negotiateAgriculture(agriculture, cast, dates),
        () -> negotiateActionPlan(actionPlan, cast, dates),
        () -> negotiateCalendar(calendar, cast, dates),
        () -> negotiateBudget(budget, cast, dates));
    return script.convene(MEETING_TITLE, dates.meetingStartsAt(), MeetingFormat.VIDEOCONFERENCE,
        List.of(tourism, agriculture, actionPlan, calendar, budget), cast.secretariat());
  }

  /** Kazakhstan amends in round 1; Turkiye accepts the amendment; China enters a reservation in round 2. */
  private void negotiateTourism(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("CP-TOURISM"), cast.secretariat());
    script.round(id, cast, amendment("KZ", "paragraph 3 (c)", "Add at the end: \"including the Silk Road heritage routes\"."));
    script.upload(id, tourismPaper("(c) joint promotion of cultural heritage routes, including the Silk Road heritage routes."),
        "Kazakhstan's amendment to paragraph 3 (c) accepted.", cast.delegateOf("TR"));
    script.round(id, cast, reservation("CN",
        "China reads paragraph 3 (b) as an exchange of information only, without commitments on visa regimes."));
    script.recommend(id, CONSENSUS, cast.swgChair());
    script.route(id, SocRoute.MEETING, cast.socChair());
  }

  /** Russia objects in round 1; Pakistan revises; in round 2 Russia first reserves its position, then lifts it. */
  private void negotiateAgriculture(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("CP-AGRICULTURE"), cast.secretariat());
    script.round(id, cast, objection("RU", "paragraph 2", "The regulation of international trade in agricultural "
        + "products belongs to the World Trade Organization; CICA should not prejudge the work of other fora."));
    script.upload(id, agriculturePaper("2. The member states will exchange views on international trade in "
            + "agricultural products, without prejudice to the work of other international fora."),
        "Paragraph 2 revised after consultations with the Russian Federation.", cast.delegateOf("PK"));
    script.answer(id, cast, reservation("RU", "Russia joins consensus and will comment on paragraph 2 at the SOC."));
    script.change(id, cast, noObjection("RU", "The revised paragraph 2 meets the concerns of the Russian Federation."));
    script.othersAgree(id, cast);
    script.recommend(id, CONSENSUS, cast.swgChair());
    script.route(id, SocRoute.MEETING, cast.socChair());
  }

  /** The Secretariat holds the pen; India amends; action plans go to a meeting (the routing table allows no silence). */
  private void negotiateActionPlan(long id, Cast cast, DemoDates dates) {
    int year = dates.comingYear();
    script.register(id, dates.symbol("AP"), cast.secretariat());
    script.round(id, cast, amendment("IN", "CICA Tourism Forum",
        "Extend the timeline to December " + (year + 1) + ", so that two editions of the Forum are held."));
    script.upload(id, DemoContent.actionPlan(year, (year + 1) + "-12"), "India's amendment accepted.",
        cast.secretariat());
    script.round(id, cast);
    script.recommend(id, CONSENSUS, cast.swgChair());
  }

  /** One round; Israel enters a reservation, which does not block consensus. */
  private void negotiateCalendar(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("CAL-" + dates.comingYear()), cast.secretariat());
    script.round(id, cast, reservation("IL",
        "Israel's participation in events hosted by member states is subject to the host state's entry arrangements."));
    script.recommend(id, CONSENSUS, cast.swgChair());
    script.route(id, SocRoute.MEETING, cast.socChair());
  }

  /** The budget is drafted after its staff matrix: Accord checks that the staff line equals the matrix's total. */
  private long draftBudgetWithStaffMatrix(Cast cast, int year) {
    long budget = script.createWithoutDraft(cast.secretariat(), DocumentType.BUDGET, BUDGET + year, "SEC");
    script.createStaffMatrix(cast.secretariat(), STAFF_MATRIX + year, budget, DemoContent.staffMatrix(year));
    script.upload(budget, DemoContent.budget(year), null, cast.secretariat());
    return budget;
  }

  /** Consensus in one round; budgets go to a meeting (the routing table allows no silence). */
  private void negotiateBudget(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("BUDGET-" + dates.comingYear()), cast.secretariat());
    script.round(id, cast, noObjection("CN", "China supports the budget and the staff matrix."));
    script.recommend(id, CONSENSUS, cast.swgChair());
  }

  private static String tourismPaper(String heritageMeasure) {
    return DemoContent.conceptPaper("Tourism", "ECONOMIC", "TR", "AZ", """
        CICA Concept Paper on the priority area "Tourism"

        1. Tourism brings the peoples of Asia closer together and builds confidence between them.
        2. The member states aim to increase tourist flows between them, to protect their shared cultural heritage and to make travel safer and easier.
        3. Measures: (a) a CICA Tourism Forum every two years; (b) exchange of information on the facilitation of travel for tourist groups; %s
        4. Turkiye coordinates and Azerbaijan co-coordinates the priority area; they report to the Special Working Group every year.
        """.formatted(heritageMeasure));
  }

  private static String agriculturePaper(String tradeParagraph) {
    return DemoContent.conceptPaper("Agriculture", "ECONOMIC", "PK", "KG", """
        CICA Concept Paper on the priority area "Agriculture"

        1. Food security is a shared concern of the member states, most of them both producers and importers of food.
        %s
        3. Measures: (a) a seminar on food security every year; (b) exchange of experience in irrigation, plant protection and veterinary services; (c) training of young agricultural specialists.
        4. Pakistan coordinates and Kyrgyzstan co-coordinates the priority area.
        """.formatted(tradeParagraph));
  }
}
