package org.accord.acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.ConflictException;
import org.accord.system.Problem;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The acting chairs' page per role, with the service mocked and CSRF on. */
@WebMvcTest(ActingChairPage.class)
@PageSlice
@WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
class ActingChairPageTest {

  private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
  private static final OffsetDateTime FROM = OffsetDateTime.parse("2030-01-20T09:00:00+05:00");
  private static final OffsetDateTime UNTIL = OffsetDateTime.parse("2030-01-20T23:59:00+05:00");
  private static final String SOC_FORM = "<input type=\"hidden\" name=\"body\" value=\"SOC_CHAIR\">";
  private static final String SWG_FORM = "<input type=\"hidden\" name=\"body\" value=\"SWG_CHAIR\">";

  @Autowired MockMvc mvc;
  @MockitoBean ActingChairs actingChairs;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheForumsUsers() {
    when(forum.timeZone()).thenReturn(ASTANA);
    when(actingChairs.candidates(Role.SOC_CHAIR)).thenReturn(List.of(user("kz.delegate2", "Aliya", "Delegate")));
  }

  @Test
  void shouldOfferTheSocChairTheFormForTheirOwnChairOnlyWithTheDayAsDefaultPeriod() throws Exception {
    mvc.perform(get("/acting-chairs"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("<h1>Acting chairs</h1>"), containsString("Chair of the Senior Officials Committee"),
            containsString("Chair of the Special Working Group"), containsString(SOC_FORM), not(containsString(SWG_FORM)),
            containsString("<option value=\"kz.delegate2\">Aliya Delegate (kz.delegate2)</option>"),
            containsString("T23:59"), containsString("the forum&#39;s time zone (Asia/Almaty)"),
            containsString("name=\"_csrf\""),
            containsString("Nobody acts for this chair, and nobody is designated to."))));
  }

  @Test
  void shouldDesignateWithThePeriodReadInTheForumsTimeZoneAndComeBackWithTheOutcome() throws Exception {
    when(actingChairs.designate(any(), any(CurrentUser.class))).thenReturn(designation(1, null));

    mvc.perform(post("/acting-chairs").with(csrf()).param("body", "SOC_CHAIR").param("user", "kz.delegate2")
            .param("from", "2030-01-20T09:00").param("until", "2030-01-20T23:59").param("reason", "Mission abroad"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/acting-chairs"))
        .andExpect(flash().attribute("notice",
            containsString("kz.delegate2 acts as Chair of the Senior Officials Committee from 20 January 2030")));

    ArgumentCaptor<Designation.Given> given = ArgumentCaptor.forClass(Designation.Given.class);
    verify(actingChairs).designate(given.capture(), any(CurrentUser.class));
    assertThat(given.getValue()).isEqualTo(new Designation.Given(Role.SOC_CHAIR, "kz.delegate2",
        FROM.atZoneSameInstant(ASTANA).toOffsetDateTime(), UNTIL.atZoneSameInstant(ASTANA).toOffsetDateTime(),
        "Mission abroad"));
  }

  @Test
  void shouldShowTheRefusalInPlaceInRussianWithTheInputKept() throws Exception {
    var typed = new ActingChairPage.DesignationForm("SOC_CHAIR", "kz.delegate2", "2030-01-20T09:00",
        "2030-01-20T23:59", "Командировка");
    Problem problem = Problem.of(new ConflictException("refusal.acting.overlap", "kz.delegate1", FROM, UNTIL));

    mvc.perform(get("/acting-chairs").locale(Locale.forLanguageTag("ru"))
            .flashAttr("designationForm", typed).flashAttr("problem", problem))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("role=\"alert\""), containsString("kz.delegate1"),
            containsString("selected=\"selected\">Aliya Delegate (kz.delegate2)</option>"),
            containsString(">Командировка</textarea>"), containsString("value=\"2030-01-20T09:00\""),
            containsString("Назначить исполняющего обязанности"))));
  }

  @Test
  void shouldListTheDesignationInEffectWithAConfirmedEnd() throws Exception {
    when(actingChairs.open(Role.SOC_CHAIR)).thenReturn(List.of(designation(4, FROM)));

    mvc.perform(get("/acting-chairs"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("acting now"), containsString("for soc.chair"),
            containsString("Mission abroad"), containsString("action=\"/acting-chairs/4/end\""),
            containsString("I confirm that kz.delegate2 stops acting for me now."))));
  }

  @Test
  void shouldNotEndWithoutTheBoxTicked() throws Exception {
    mvc.perform(post("/acting-chairs/4/end").with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("problem"));
    verify(actingChairs, never()).end(anyLong(), any());

    when(actingChairs.end(eq(4L), any(CurrentUser.class))).thenReturn(designation(4, FROM));
    mvc.perform(post("/acting-chairs/4/end").with(csrf()).param("confirm", "yes"))
        .andExpect(flash().attribute("notice", "kz.delegate2 no longer acts as Chair of the Senior Officials Committee."));
  }

  // ---- the SWG Chair's own form ----

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldOfferTheSwgChairTheFormForTheirOwnChairOnlyWithTheirCandidates() throws Exception {
    when(actingChairs.candidates(Role.SWG_CHAIR)).thenReturn(List.of(user("in.delegate2", "Priya", "Delegate")));

    mvc.perform(get("/acting-chairs"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(SWG_FORM), not(containsString(SOC_FORM)),
            containsString("<option value=\"in.delegate2\">Priya Delegate (in.delegate2)</option>"),
            not(containsString("kz.delegate2")), containsString("T23:59"))));
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldDesignateForTheSwgChairWithThePeriodReadInTheForumsTimeZone() throws Exception {
    when(actingChairs.designate(any(), any(CurrentUser.class))).thenReturn(swgDesignation(7, null));

    mvc.perform(post("/acting-chairs").with(csrf()).param("body", "SWG_CHAIR").param("user", "in.delegate2")
            .param("from", "2030-01-20T09:00").param("until", "2030-01-20T23:59").param("reason", "Consultations in Delhi"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/acting-chairs"))
        .andExpect(flash().attribute("notice",
            containsString("in.delegate2 acts as Chair of the Special Working Group from 20 January 2030")));

    ArgumentCaptor<Designation.Given> given = ArgumentCaptor.forClass(Designation.Given.class);
    ArgumentCaptor<CurrentUser> chair = ArgumentCaptor.forClass(CurrentUser.class);
    verify(actingChairs).designate(given.capture(), chair.capture());
    assertThat(given.getValue()).isEqualTo(new Designation.Given(Role.SWG_CHAIR, "in.delegate2",
        FROM.atZoneSameInstant(ASTANA).toOffsetDateTime(), UNTIL.atZoneSameInstant(ASTANA).toOffsetDateTime(),
        "Consultations in Delhi"));
    assertThat(chair.getValue().id()).isEqualTo("swg.chair");
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldListTheSwgChairsDesignationWithAConfirmedEndAndNoEndForTheSocChairs() throws Exception {
    when(actingChairs.open(Role.SWG_CHAIR)).thenReturn(List.of(swgDesignation(7, FROM)));
    when(actingChairs.open(Role.SOC_CHAIR)).thenReturn(List.of(designation(4, FROM)));

    mvc.perform(get("/acting-chairs"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("for swg.chair"), containsString("Consultations in Delhi"),
            containsString("action=\"/acting-chairs/7/end\""),
            containsString("I confirm that in.delegate2 stops acting for me now."),
            containsString("for soc.chair"), not(containsString("action=\"/acting-chairs/4/end\"")))));
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldEndTheSwgChairsDesignationOnceConfirmed() throws Exception {
    when(actingChairs.end(eq(7L), any(CurrentUser.class))).thenReturn(swgDesignation(7, FROM));

    mvc.perform(post("/acting-chairs/7/end").with(csrf()).param("confirm", "yes"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "in.delegate2 no longer acts as Chair of the Special Working Group."));
    verify(actingChairs).end(eq(7L), argThat(chair -> chair.id().equals("swg.chair")));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = {"secretariat"})
  void shouldLetTheSecretariatReadWithoutAForm() throws Exception {
    when(actingChairs.open(Role.SOC_CHAIR)).thenReturn(List.of(designation(4, FROM)));

    mvc.perform(get("/acting-chairs"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("kz.delegate2"), not(containsString(SOC_FORM)),
            not(containsString("/acting-chairs/4/end")))));
  }

  @Test
  @WithMockUser(username = "cn.delegate1", roles = {"delegation-cn", "member-states"})
  void shouldRefuseADelegate() throws Exception {
    mvc.perform(get("/acting-chairs")).andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(username = "kz.delegate2", roles = {"delegation-kz", "soc-chair"})
  void shouldTellAnActingChairWhomTheyActForOnEveryPageAndOfferThemNoForm() throws Exception {
    when(actingChairs.heldBy("kz.delegate2")).thenReturn(List.of(designation(4, FROM)));
    when(actingChairs.actingFor(any(CurrentUser.class), eq(Role.SOC_CHAIR))).thenReturn("soc.chair");

    mvc.perform(get("/acting-chairs"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("You are acting as Chair of the Senior Officials Committee for soc.chair until 20 January 2030"),
            not(containsString(SOC_FORM)))));
  }

  private static Designation designation(long id, OffsetDateTime tookEffect) {
    return new Designation(id, Role.SOC_CHAIR, "kz.delegate2", "soc.chair", FROM, UNTIL, "Mission abroad", FROM,
        null, null, tookEffect, null);
  }

  private static Designation swgDesignation(long id, OffsetDateTime tookEffect) {
    return new Designation(id, Role.SWG_CHAIR, "in.delegate2", "swg.chair", FROM, UNTIL, "Consultations in Delhi", FROM,
        null, null, tookEffect, null);
  }

  private static User user(String id, String first, String last) {
    UserEntity user = new UserEntity(id);
    user.setFirstName(first);
    user.setLastName(last);
    return user;
  }
}
