package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session-11 kinds of organisation mention, without a server: an acronym with a possessive, a country's
 * court (LABELLING.md: no organisation), a known name that is written with a possessive, a sponsor's name inside
 * an event's name in a story about sport. Each assertion failed before its rule.
 */
class OrganisationMentionKindsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> orgs(String body) {
    return FX.extract(null, body).values(Facet.ORGANIZATION);
  }

  @Test
  void anAcronymWithAPossessiveIsTheAcronym() {
    assertEquals(List.of("NASA"), orgs("NASA's Jasmin Moghbeli will command the mission."),
        "at a sentence's start, before a person");
    assertEquals(List.of("European Union"), orgs("He said the EU's plan was bad."));
    assertEquals(List.of("United Nations"), orgs("Delegates praised the UN's work in the region."));
  }

  @Test
  void aCountrysCourtIsNoOrganisation() {
    assertEquals(List.of(), orgs("The case went to the High Court in London and then to the US Supreme Court."));
    assertEquals(List.of(), orgs("The Court of Appeal upheld the ruling on Tuesday."));
    assertEquals(List.of(), orgs("A lawsuit was filed in Manhattan Federal Court by the investors."));
    assertEquals(List.of(), orgs("The United States District Court for the Southern District of New York ruled."));
  }

  @Test
  void anInternationalCourtStaysAnInternationalBody() {
    assertEquals(List.of("Court of Arbitration for Sport"), orgs("The Court of Arbitration for Sport heard the appeal."));
    assertEquals(List.of("International Court of Justice"), orgs("The International Court of Justice ruled on Monday."));
  }

  @Test
  void aKnownNameWithAPossessiveNeedsThePossessive() {
    assertFalse(orgs("Lewis Moody played well and Moody was named man of the match.").contains("Moody's"),
        "the rugby player");
    assertTrue(orgs("The rating agency Moody's cut the bank's rating on Friday.").contains("Moody's"));
  }

  @Test
  void aSponsorsNameInAnEventsNameIsNoMentionInAStoryAboutSport() {
    assertEquals(List.of(), orgs("England face Wales in the RBS Six Nations on Saturday, and the coach named his squad."));
    assertEquals(List.of("Royal Bank of Scotland"),
        orgs("The RBS Six Nations sponsorship deal was renewed, the bank said on Monday."),
        "outside a story about sport the name is the bank's");
    assertEquals(List.of("International Rugby Board"),
        orgs("The IRB Sevens series resumes in Dubai, where the England squad plays its first match."),
        "a sport's own body runs its event");
  }
}
