package org.accord.negotiation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.accord.system.AccordClock;
import org.accord.system.Figures;
import org.springframework.stereotype.Component;

/** The rounds open now, and those past their deadline, for Prometheus (accord_rounds_open, accord_rounds_overdue). */
@Component
class RoundFigures implements MeterBinder {

  private final RoundRepository rounds;
  private final AccordClock clock;
  private final Figures figures;

  RoundFigures(RoundRepository rounds, AccordClock clock, Figures figures) {
    this.rounds = rounds;
    this.clock = clock;
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Supplier<RoundRepository.OpenCount> open = figures.fresh(() -> rounds.countOpen(clock.now()));
    figures.gauge(registry, "accord.rounds.open", "Negotiation rounds open now", open, RoundRepository.OpenCount::open);
    figures.gauge(registry, "accord.rounds.overdue", "Negotiation rounds still open after their deadline", open,
        RoundRepository.OpenCount::overdue);
  }
}
