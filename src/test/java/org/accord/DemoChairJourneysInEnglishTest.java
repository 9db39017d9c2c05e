package org.accord;

import org.springframework.boot.test.context.SpringBootTest;

/** The chairs' journeys on a demo of their own, in English on a laptop. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:journeys-en;DB_CLOSE_DELAY=-1", "accord.demo=true"})
class DemoChairJourneysInEnglishTest extends DemoChairJourneys {

  @Override
  Words words() {
    return new Words("en-GB", 1280, "", "Russia", "Iran", "Israel",
        "Consensus is confirmed; the text is recommended to the SOC.", "Agenda confirmed", "Published to the forum on",
        "Closed", "acting for soc.chair", "Designate");
  }
}
