package org.accord;

import org.springframework.boot.test.context.SpringBootTest;

/** The chairs' journeys on a demo of their own, in Russian on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:journeys-ru;DB_CLOSE_DELAY=-1", "accord.demo=true"})
class DemoChairJourneysInRussianTest extends DemoChairJourneys {

  @Override
  Words words() {
    return new Words("ru-RU", 390, "-ru", "Россия", "Иран", "Израиль",
        "Консенсус подтверждён; текст рекомендован КСДЛ.", "Повестка дня утверждена", "Разослана участникам форума",
        "Закрыто", "от имени soc.chair", "Назначить");
  }
}
