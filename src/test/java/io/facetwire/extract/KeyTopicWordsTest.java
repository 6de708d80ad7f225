package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key topics' ideas in words no labelled story used (issue 10, session 10): a thesaurus-like sweep of each
 * definition in LABELLING.md rather than the examples seen. Each case is checked both ways (the idea in new words
 * is tagged; the same words in another sense, or a passing mention, are not) and each positive failed with the
 * previous topics.txt.
 */
class KeyTopicWordsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> topics(String title, String body) {
    return FX.extract(title, body).values(Facet.TOPIC);
  }

  @Test
  void frozenAssetsAndVisaBansAreSanctionsButACourtFreezingAFraudstersAssetsIsNot() {
    List<String> measures = topics("EU freezes assets of junta leaders",
        "The European Union froze the assets of twelve junta leaders on Monday and imposed visa bans on them and"
            + " their families. Ministers said the frozen assets would stay blocked until the generals restored"
            + " the elected government. A wider entry ban on officials of the regime is being discussed.");
    assertTrue(measures.contains("sanctions"), measures.toString());
    List<String> court = topics("Judge freezes fraudster's assets",
        "A judge froze the assets of the fraudster on Monday at the request of his victims' lawyers. The court"
            + " said the frozen assets would pay back investors after the trial. The lawyers said the court order"
            + " covers his houses and cars.");
    assertFalse(court.contains("sanctions"), court.toString());
  }

  @Test
  void cyberCriminalsAndStolenPasswordsAreCybersecurityButACyberCafeIsNot() {
    List<String> attack = topics("Cyber criminals sell stolen passwords",
        "Cyber criminals are selling millions of stolen passwords on underground forums, researchers said."
            + " The gangs use credential stuffing to break into accounts, and some use a zero day flaw in a"
            + " popular router. Hacktivists have also joined in.");
    assertTrue(attack.contains("cybersecurity"), attack.toString());
    List<String> cafe = topics("Cyber cafe opens in village",
        "A cyber cafe has opened in the village, the first place where residents can go online. The owner said"
            + " students and farmers use its ten computers every day, and a criminal record check was needed"
            + " for the licence.");
    assertFalse(cafe.contains("cybersecurity"), cafe.toString());
  }

  @Test
  void aLaunchFirmAndASatelliteOrganisationActTogetherButDollarsAreNoSpaceAgency() {
    List<String> together = topics("Eutelsat picks International Launch Services",
        "Eutelsat said it had chosen International Launch Services to launch two of its satellites next year."
            + " The rockets will lift off from Baikonur, and Eutelsat said the launches would complete its"
            + " fleet. International Launch Services said it had three more launches booked.");
    assertTrue(together.contains("space cooperation"), together.toString());
    // "dlr" and "dlrs" are dollars on the wire, never the German aerospace center.
    List<String> alone = topics("Delta rocket blasts off",
        "An unmanned Delta rocket carrying a 57 mln dlr weather satellite blasted off today in NASA's first"
            + " launch of the year. The 300 mln dlrs programme is run by NASA, and the launch came after two"
            + " delays. NASA said the rocket performed well.");
    assertFalse(alone.contains("space cooperation"), alone.toString());
  }

  @Test
  void syriasPlacesNameItWithoutTheWordButOnePassingPlaceDoesNot() {
    List<String> war = topics("Shelling hits Daraa and Hama",
        "Government shelling hit Daraa and Hama on Monday, and fighting spread to the outskirts of Deir ez-Zor."
            + " The White Helmets said dozens were killed in Douma. Kurdish forces around Manbij and Kobani"
            + " braced for an offensive.");
    assertTrue(war.contains("Syria"), war.toString());
    List<String> passing = topics("Archaeologists map Roman roads",
        "Archaeologists have mapped the Roman roads of the eastern empire with satellite pictures. The roads"
            + " linked ports and cities across three continents. One of them ran through Palmyra. The team will"
            + " publish maps of all of them next year. The survey took four years. Students helped with the"
            + " work. The maps will be free to use online. A book will follow.");
    assertFalse(passing.contains("Syria"), passing.toString());
  }
}
