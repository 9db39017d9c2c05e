package org.accord.demo;

import static org.accord.demo.Say.noObjection;
import static org.accord.demo.Say.reservation;

import org.accord.decision.SocRoute;
import org.accord.document.DocumentType;
import org.springframework.stereotype.Component;

/**
 * Work waiting on the chairs' and the Secretariat's desks, so that a newcomer can do each chair's step
 * by clicking: a paper whose round ended in consensus with a reservation (the SWG Chair confirms it),
 * a recommended paper (the SOC Chair chooses its route, silence allowed), and two papers sent to the
 * next meeting but on no agenda yet (the Secretariat convenes a meeting, orders and publishes its agenda).
 */
@Component
class ChairsWork {

  static final String TRANSPORT = "Concept paper on the CICA priority area \"Development of transport corridors\"";
  static final String ICT = "Concept paper on the CICA priority area \"Information and communication technologies\"";
  static final String SMALL_BUSINESS = "Concept paper on the CICA priority area \"Small and medium-sized enterprises\"";
  static final String EMERGENCIES = "Concept paper on the CICA priority area \"Emergency situations\"";
  private static final String CONSENSUS = "Consensus at the SWG; recommended to the SOC.";

  private final DemoScript script;

  ChairsWork(DemoScript script) {
    this.script = script;
  }

  void play(Cast cast, DemoDates dates) {
    long transport = script.create(cast.delegateOf("AZ"), DocumentType.CONCEPT_PAPER, TRANSPORT, "AZ", transportPaper());
    long ict = script.create(cast.delegateOf("IN"), DocumentType.CONCEPT_PAPER, ICT, "IN", ictPaper());
    long smallBusiness = script.create(cast.delegateOf("TH"), DocumentType.CONCEPT_PAPER, SMALL_BUSINESS, "TH",
        smallBusinessPaper());
    long emergencies = script.create(cast.delegateOf("RU"), DocumentType.CONCEPT_PAPER, EMERGENCIES, "RU",
        emergenciesPaper());
    SideBySide.run(
        () -> awaitingConsensus(transport, cast, dates),
        () -> awaitingRoute(ict, cast, dates),
        () -> awaitingMeeting(smallBusiness, "CP-SME", cast, dates),
        () -> awaitingMeeting(emergencies, "CP-EMERGENCIES", cast, dates));
  }

  /** Every delegation has answered, Iran with a reservation: the round ended and waits for the SWG Chair. */
  private void awaitingConsensus(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("CP-TRANSPORT"), cast.secretariat());
    script.round(id, cast, reservation("IR",
        "Iran will join the corridors of paragraph 3 as its national transport programme allows."));
  }

  /** Consensus confirmed; the SOC Chair has yet to choose between a meeting and a silence procedure. */
  private void awaitingRoute(long id, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol("CP-ICT"), cast.secretariat());
    script.round(id, cast, noObjection("IN", "India, as coordinator, thanks the delegations."));
    script.recommend(id, CONSENSUS, cast.swgChair());
  }

  /** Sent to the SOC's next meeting, which the Secretariat has yet to convene. */
  private void awaitingMeeting(long id, String symbol, Cast cast, DemoDates dates) {
    script.register(id, dates.symbol(symbol), cast.secretariat());
    script.round(id, cast);
    script.recommend(id, CONSENSUS, cast.swgChair());
    script.route(id, SocRoute.MEETING, cast.socChair());
  }

  private static String transportPaper() {
    return DemoContent.conceptPaper("Development of transport corridors", "ECONOMIC", "AZ", "KZ", """
        CICA Concept Paper on the priority area "Development of transport corridors"

        1. Transport corridors across Asia shorten the way between markets and bring the member states closer.
        2. The member states will exchange information on their transport and transit programmes.
        3. Measures: (a) a conference on the East–West and North–South corridors every two years; (b) a working group on the facilitation of border crossing for freight.
        4. Azerbaijan coordinates and Kazakhstan co-coordinates the priority area.
        """);
  }

  private static String ictPaper() {
    return DemoContent.conceptPaper("Information and communication technologies", "ECONOMIC", "IN", "KR", """
        CICA Concept Paper on the priority area "Information and communication technologies"

        1. Digital services can bring public administration closer to the citizens of every member state.
        2. Measures: (a) a seminar on e-government every year; (b) an exchange of practices on digital skills for civil servants.
        3. India coordinates and the Republic of Korea co-coordinates the priority area.
        """);
  }

  private static String smallBusinessPaper() {
    return DemoContent.conceptPaper("Small and medium-sized enterprises", "ECONOMIC", "TH", "MN", """
        CICA Concept Paper on the priority area "Small and medium-sized enterprises"

        1. Small and medium-sized enterprises employ most of the working people of the member states.
        2. Measures: (a) a business forum of small and medium-sized enterprises; (b) an exchange of practices on access to credit.
        3. Thailand coordinates and Mongolia co-coordinates the priority area.
        """);
  }

  private static String emergenciesPaper() {
    return DemoContent.conceptPaper("Emergency situations", "NEW_CHALLENGES_AND_THREATS", "RU", "KG", """
        CICA Concept Paper on the priority area "Emergency situations"

        1. Earthquakes, floods and mudflows do not stop at borders; neither should the help of neighbours.
        2. Measures: (a) a joint exercise of rescue services every two years; (b) a directory of national contact points for emergencies.
        3. Russia coordinates and Kyrgyzstan co-coordinates the priority area.
        """);
  }
}
