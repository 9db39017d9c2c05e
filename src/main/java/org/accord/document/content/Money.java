package org.accord.document.content;

import java.math.BigDecimal;

/** An amount in one currency (ISO 4217 code). */
public record Money(BigDecimal amount, String currency) {}
