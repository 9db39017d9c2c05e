/**
 * The administrators' and the Secretariat's figures: where every document stands, how long the procedure
 * takes, what is late and who it waits for, what was decided, and (for administrators) what failed in the
 * engine. Kept as the procedure runs in its own tables ({@code statistics_document},
 * {@code statistics_stage_time}, {@code statistics_duration}), from {@link org.accord.document.DocumentStatusChanged}
 * and {@link org.accord.negotiation.PositionGiven}, in the same transaction as the step that makes each
 * fact; the rest is asked of the modules that own it. Read through {@link org.accord.statistics.Statistics},
 * the JSON endpoints {@code /api/admin/statistics/...} and the dashboard page {@code /admin/dashboard}.
 */
@ApplicationModule(displayName = "Statistics")
package org.accord.statistics;

import org.springframework.modulith.ApplicationModule;
