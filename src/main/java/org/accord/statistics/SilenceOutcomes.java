package org.accord.statistics;

import java.util.Map;
import org.accord.silence.SilenceStatus;

/**
 * The silence procedures by where they ended (every status, zeros included): adopted when silence held
 * to the expiry, broken by a delegation, still running, or withdrawn with the document.
 *
 * @param year the year the procedures started; null for all
 */
public record SilenceOutcomes(Integer year, long total, Map<SilenceStatus, Long> byStatus) {}
