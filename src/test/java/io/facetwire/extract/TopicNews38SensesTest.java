package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 43, from the development half of the blind modern-news set news38, without a server: Syria's national team
 * in a match report is no Syria story (a story of the country that mentions football still is), a horse race is
 * sport, and a viral home "hack" entertainment (the labels' reading of such lifestyle pieces). Each case is checked
 * both ways. Passages written for this test; the match report was tagged Syria, the race report and the hack
 * untagged on session 43's start code.
 */
class TopicNews38SensesTest {

  @Test
  void aNationalTeamsMatchIsNoSyriaStory() {
    List<String> match = topics("Sabbag double keeps Syria on course for Asian Cup",
        "Pablo Sabbag scored twice as Syria beat Pakistan 2-0 on Tuesday to stay top of the group in the qualifiers."
            + " The striker, who qualified to play for Syria through his father, added a second from the penalty spot."
            + " Syria, playing their home fixtures in Kuwait, were watched by thousands from the Syrian community in"
            + " the Gulf, who waved the new flag. The coach said the team had been serious.");
    assertFalse(match.contains("Syria"), match.toString());
    assertTrue(match.contains("sport"), match.toString());
    List<String> country = topics("Refugees return to Aleppo as Syria rebuilds",
        "Thousands of Syrian refugees returned to Aleppo this month, the UN said. Syria's new government has promised"
            + " housing and documents, but many homes in the city lie in ruins after years of war. Some families"
            + " watched the World Cup on a generator in a half-built flat in Damascus.");
    assertTrue(country.contains("Syria"), country.toString());
  }

  @Test
  void aHorseRaceIsSport() {
    List<String> race = topics("Roughie Knight's Choice stuns Flemington to win Melbourne Cup",
        "Knight's Choice, a 90-1 outsider, won the Melbourne Cup at Flemington on Tuesday. The jockey held off the"
            + " favourite in the last 100 metres to give the horse's trainer his first win in the race, which stops"
            + " the nation every November. The horses were cooled down after a humid afternoon.");
    assertTrue(race.contains("sport"), race.toString());
  }

  @Test
  void aViralHomeHackIsEntertainment() {
    List<String> hack = topics("The $2 oven-cleaning hack that has 4 million people scrubbing along",
        "A cleaning hack posted on TikTok by a Melbourne mother has been viewed more than four million times. In the"
            + " video she mixes baking soda and vinegar into a paste, spreads it on the oven door and wipes it off an"
            + " hour later. Followers have posted their own videos of the hack, and the influencer says her kitchen"
            + " has never looked better. Not every viewer was convinced: some said the oven hack left streaks, and"
            + " others shared videos of their own kitchen hacks.");
    assertTrue(hack.contains("arts and entertainment"), hack.toString());
    List<String> breach = topics("Hackers leak data of two million customers",
        "Hackers stole the personal data of two million customers of a telecom operator and posted a sample online,"
            + " the company said. The breach exposed names, phone numbers and passwords. The hack was claimed by a"
            + " ransomware group, and the police are investigating.");
    assertFalse(breach.contains("arts and entertainment"), breach.toString());
  }
}
