package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 50, from the development half of the blind modern-news set news45, without a server: an outage whose
 * report finds no evidence of an attack, told in a clause, is no cyber story; nor is a festival's review of a
 * hacker thriller whose plot names its ransomware far from the genre's word; a currency that firms is no company; a
 * book prize is the culture desk's; a long story that gives sanctions a paragraph of its own among thirty sentences
 * has them for a topic. Each is checked both ways, so a rule that stops counting the words altogether fails too.
 * Passages written for this test; each first case gave the other answer on session 49's end jar.
 */
class TopicNews45SensesTest {

  @Test
  void anAttackTheReportRulesOutIsNoCyberStory() {
    List<String> outage = topics("Government blames grid management for the April blackout",
        "The outage was caused by a chain of overvoltage events, the government concluded in a report on Tuesday, which"
            + " found no evidence that the blackout was the result of a cyberattack. The grid operator said it would"
            + " change how it schedules plants. Investigators from the national cybersecurity agency had joined the"
            + " review in May.");
    assertFalse(outage.contains("cybersecurity"), outage.toString());
    List<String> attack = topics("Ransomware attack shuts hospital's systems",
        "A ransomware attack shut down the hospital's computer systems on Tuesday, and surgeries were cancelled. The"
            + " hackers demanded a payment, and the national cybersecurity agency said the attack began with a"
            + " phishing email sent to staff.");
    assertTrue(attack.contains("cybersecurity"), attack.toString());
  }

  @Test
  void aFilmReviewsRansomwareCrewIsItsPlot() {
    List<String> review = topics("Festival review: a hacker drama about family",
        "A young programmer discovers that the ransomware crew she writes code for has locked up the hospital where"
            + " her mother is treated. The film, which had its world premiere at the film festival on Sunday, then"
            + " slows down. The cinematographer gives the city a restless texture, and the cast is excellent. The zero"
            + " day of its title is the day the screens go dark.");
    assertFalse(review.contains("cybersecurity"), review.toString());
    List<String> attack = topics("Ransomware crew locks up city hospital",
        "A ransomware crew locked up the city hospital's systems on Sunday, officials said. The attackers used a zero"
            + " day in the hospital's remote access software, and patients were sent to other hospitals.");
    assertTrue(attack.contains("cybersecurity"), attack.toString());
  }

  @Test
  void aCurrencyThatFirmsIsNoCompany() {
    List<String> yen = topics("Yen firms as central bank lifts rates",
        "The yen firmed against the dollar on Friday after the central bank raised its policy rate. Analysts said"
            + " exporters' earnings would suffer in the quarter.");
    assertFalse(yen.contains("business"), yen.toString());
    List<String> firms = topics("Firms cut jobs as orders fall",
        "Engineering firms cut jobs in the quarter as orders fell, the industry body said. Three companies announced"
            + " layoffs, and their shares fell. Profits at the largest firm dropped by a third.");
    assertTrue(firms.contains("business"), firms.toString());
  }

  @Test
  void aBookPrizeIsTheArtsDesks() {
    List<String> prize = topics("Short story collection wins the International Booker",
        "A collection of short stories written in Kannada has won the International Booker prize, the first book"
            + " translated from the language to take the award. The translator shares the prize money with the writer."
            + " Judges called the stories a landmark of world literature, and the publisher said it had ordered a"
            + " reprint as sales of the bestselling collection rose.");
    assertTrue(prize.contains("arts and entertainment"), prize.toString());
    List<String> results = topics("Newspaper publisher's profit falls",
        "The newspaper publisher said its profit fell by a fifth in the year as advertising revenue dropped. The"
            + " company cut 200 jobs and said it would sell two regional titles. Its shares fell 4 percent.");
    assertFalse(results.contains("arts and entertainment"), results.toString());
  }

  @Test
  void theWarBehindASanctionsListingIsItsReason() {
    List<String> listing = topics("Russia's war of aggression against Ukraine: Council adopts new restrictive measures",
        "The Council today adopted a new package of sanctions in view of Russia's continued war of aggression against"
            + " Ukraine. The listings include nine individuals and seven entities supplying the armed forces with"
            + " aviation fuel used in military airstrikes. Those listed are subject to an asset freeze and a travel"
            + " ban. EU citizens and companies are forbidden from making funds available to them. The sanctions now"
            + " apply to more than 2,400 individuals and entities, and the export ban covers further dual-use goods.");
    assertTrue(listing.contains("sanctions"), listing.toString());
    assertFalse(listing.contains("conflict"), listing.toString());
    List<String> war = topics("Airstrikes hit Kharkiv as fighting rages along the front",
        "Russian airstrikes hit Kharkiv overnight, killing six people, as fighting raged along the front line,"
            + " Ukraine's armed forces said. Troops repelled an assault near Pokrovsk, and shelling continued in the"
            + " south. The war is in its fourth year.");
    assertTrue(war.contains("conflict"), war.toString());
  }

  @Test
  void sanctionsGivenAParagraphOfALongStoryAreItsTopic() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      body.append("Donors discussed the reconstruction of roads, schools and hospitals in the country's north. ");
    }
    body.append("The foreign minister urged the bloc to lift the remaining sanctions, saying the restrictive measures"
        + " were hurting ordinary people. The European Union suspended some sanctions in February, and Britain lifted"
        + " its sanctions on the central bank. Washington kept its sanctions in place. ");
    for (int i = 0; i < 14; i++) {
      body.append("Aid agencies said the money would help families who had returned to their villages. ");
    }
    List<String> conference = topics("Donors pledge billions for the country's recovery", body.toString());
    assertTrue(conference.contains("sanctions"), conference.toString());
    StringBuilder passing = new StringBuilder();
    for (int i = 0; i < 28; i++) {
      passing.append("Donors discussed the reconstruction of roads, schools and hospitals in the country's north. ");
    }
    passing.append("The foreign minister also mentioned sanctions.");
    List<String> mention = topics("Donors pledge billions for the country's recovery", passing.toString());
    assertFalse(mention.contains("sanctions"), mention.toString());
  }
}
