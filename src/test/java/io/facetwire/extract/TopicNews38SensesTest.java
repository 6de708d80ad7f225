package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 43, from the development half of the blind modern-news set news38, without a server: Syria's national team
 * in a match report is no Syria story (a story of the country that mentions football still is), and a horse race is
 * sport. Each case is checked both ways. Passages written for this test; the match report was tagged Syria and the
 * race report untagged on session 43's start code.
 */
class TopicNews38SensesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> topics(String title, String body) {
    return FX.extract(title, body).values(Facet.TOPIC);
  }

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
}
