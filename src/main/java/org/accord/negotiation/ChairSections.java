package org.accord.negotiation;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.Inputs;
import org.accord.system.Labels;
import org.accord.system.web.FormOutcome;
import org.accord.system.web.HtmxRequest;
import org.accord.system.web.PageController;
import org.accord.system.web.Sections;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SWG Chair's two steps of a document's approval, each a section of the document page (htmx
 * loads it in place) and a page of its own without script: confirming consensus with the round's
 * summary in sight, and ruling on further rounds once the configured number is spent. Only the SWG
 * Chair sees them (others get 403); every act goes through {@link Negotiation}, as the API's do.
 */
@PageController
@RequestMapping("/documents/{id}")
class ChairSections {

  static final String CONSENSUS = "consensus";
  static final String RULING = "ruling";

  private static final String CONSENSUS_TEMPLATE = "negotiation/consensus";
  private static final String RULING_TEMPLATE = "negotiation/ruling";

  /** Form fields as typed, kept with a refusal. */
  record ConsensusForm(String note) implements Serializable {}

  record RulingForm(String ruling, String note) implements Serializable {}

  private final Negotiation negotiation;
  private final Documents documents;
  private final Forum forum;
  private final Labels labels;
  private final MessageSource messages;

  ChairSections(Negotiation negotiation, Documents documents, Forum forum, Labels labels, MessageSource messages) {
    this.negotiation = negotiation;
    this.documents = documents;
    this.forum = forum;
    this.labels = labels;
    this.messages = messages;
  }

  // ---- confirming consensus ----

  @GetMapping("/consensus")
  String consensus(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    user.require(Role.SWG_CHAIR);
    return Sections.show(htmx, CONSENSUS_TEMPLATE, model, consensusSection(id));
  }

  @PostMapping("/consensus")
  String confirm(@PathVariable long id, ConsensusForm form,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    user.require(Role.SWG_CHAIR);
    return FormOutcome.of(form, () -> {
      negotiation.confirmConsensus(id, new ConsensusConfirmation.Given(Inputs.note(form.note())), user);
      return words("chair.consensus.confirmed");
    }).answer(htmx, CONSENSUS_TEMPLATE, "/documents/" + id + "/consensus", model, redirect,
        () -> consensusSection(id));
  }

  // ---- ruling on further rounds ----

  @GetMapping("/ruling")
  String ruling(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    user.require(Role.SWG_CHAIR);
    return Sections.show(htmx, RULING_TEMPLATE, model, rulingSection(id));
  }

  @PostMapping("/ruling")
  String rule(@PathVariable long id, RulingForm form,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    user.require(Role.SWG_CHAIR);
    return FormOutcome.of(form, () -> {
      ChairRuling.Ruling choice = Inputs.chosen(ChairRuling.Ruling.class, form.ruling(), "chair.ruling.choiceMissing");
      ChairRuling ruled = negotiation.rule(id, new ChairRuling.Given(choice, form.note()).checked(), user);
      return words("chair.ruling.recorded", labels.of(ruled.ruling()));
    }).answer(htmx, RULING_TEMPLATE, "/documents/" + id + "/ruling", model, redirect, () -> rulingSection(id));
  }

  // ---- what the sections show ----

  private ConsensusSection consensusSection(long id) {
    Document document = documents.get(id);
    return new ConsensusSection(document, document.status() == DocumentStatus.AWAITING_CONSENSUS,
        negotiation.latestRoundSummary(id).orElse(null), names(), negotiation.confirmations(id));
  }

  private RulingSection rulingSection(long id) {
    Document document = documents.get(id);
    List<Round> rounds = negotiation.rounds(id);
    return new RulingSection(document, document.status() == DocumentStatus.AWAITING_SWG_CHAIR,
        rounds.isEmpty() ? null : rounds.get(rounds.size() - 1),
        documents.routing(document.carrierId()).roundsBeforeChairRules(), negotiation.rulings(id));
  }

  private Map<String, String> names() {
    Locale language = LocaleContextHolder.getLocale();
    return forum.memberStates().stream()
        .collect(Collectors.toMap(Delegation::code, state -> state.name(language), (first, second) -> first));
  }

  private String words(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
