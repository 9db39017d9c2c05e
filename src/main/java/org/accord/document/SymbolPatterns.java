package org.accord.document;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The symbol pattern of each type of document (accord.registration.symbols in config/forum.yaml), from
 * which the registration page suggests the next symbol. A type without one gets no suggestion: the
 * Secretariat types the symbol. A pattern that cannot work stops the start, saying why.
 */
@ConfigurationProperties("accord.registration")
record SymbolPatterns(@DefaultValue Map<DocumentType, String> symbols) {

  SymbolPatterns {
    Map<DocumentType, String> checked = new EnumMap<>(DocumentType.class);
    symbols.forEach((type, text) -> checked.put(type, new SymbolPattern(text).text()));
    symbols = Map.copyOf(checked);
  }

  Optional<SymbolPattern> of(DocumentType type) {
    return Optional.ofNullable(symbols.get(type)).map(SymbolPattern::new);
  }
}
