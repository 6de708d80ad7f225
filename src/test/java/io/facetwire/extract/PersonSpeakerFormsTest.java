package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session 11 (issue 10): a speaker known by what he does, and a hyphenated surname standing alone. No server. */
class PersonSpeakerFormsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> persons(String body) {
    return FX.extract(null, body).values(Facet.PERSON);
  }

  @Test
  void anUnknownGivenNameBeforeAVerbOfJudgingIsASpeaker() {
    assertEquals(List.of("Pep Guardiola"), persons("Pep Guardiola praised his players after the win."));
    assertEquals(List.of("Meseret Defar"), persons("The race was won by the Ethiopian. Meseret Defar thanked the crowd."));
    assertEquals(List.of("Tomasz Wrobel"), persons("The minister left. Tomasz Wrobel criticised the plan on Monday."));
  }

  @Test
  void aWorkOrAReportTakingTheVerbIsNoSpeaker() {
    // Present tenses a book or a report takes ("claims", "argues", "promises") are no cue.
    assertEquals(List.of(), persons("The Da Vinci Code claims that the church hid the truth."));
    assertEquals(List.of(), persons("The next generation of HD DVDs promises very high quality pictures."));
    // A source after "according to" is as often a firm or a paper as a person: no cue either.
    assertEquals(List.of(), persons("The market grew, according to Asahi Breweries."));
  }

  @Test
  void aHyphenatedSurnameAloneIsTheFullNamesPersonNotAnother() {
    assertEquals(List.of("Steven Udvar-Hazy"), persons("The order was confirmed by ILFC president Steven Udvar-Hazy. "
        + "\"We are talking about more planes,\" Udvar-Hazy told Reuters."));
    assertEquals(List.of("Ngozi Okonjo-Iweala"), persons("Ngozi Okonjo-Iweala said the talks would go on. "
        + "Okonjo-Iweala warned of a crisis."));
    assertEquals(List.of("Quincy Owusu-Abeyie"), persons("Arsenal brought on Quincy Owusu-Abeyie at half-time. "
        + "Owusu-Abeyie then fired in a cross."));
  }
}
