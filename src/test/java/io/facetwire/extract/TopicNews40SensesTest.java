package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 45, from the development half of the blind modern-news set news40, without a server: a councillor who
 * "breached the code of conduct" and an interview with a film's director whose actors "play" hackers are no
 * cybersecurity stories; a council's data breach and an intrusion in a review still are. Passages written for this
 * test; the two near misses were tagged cybersecurity on session 44's end jar.
 */
class TopicNews40SensesTest {

  @Test
  void aBreachOfACodeOfConductIsNoIntrusion() {
    List<String> censure = topics("Councillor stripped of committee chair",
        "A district councillor breached the code of conduct by posting a resident's email online, a hearing found on"
            + " Tuesday. The panel said the breaches were serious and removed him as chair of the planning committee.");
    assertFalse(censure.contains("cybersecurity"), censure.toString());
    List<String> intrusion = topics("Council confirms data breach",
        "Hackers breached the council's computer network and copied files holding residents' names and email"
            + " addresses, the council said. The breach was found when staff could not log in to the server.");
    assertTrue(intrusion.contains("cybersecurity"), intrusion.toString());
  }

  @Test
  void aFilmAboutHackersIsArtsNotCybersecurity() {
    List<String> interview = topics("'Peretas' director Sekar Ayuningtyas: 'Hackers are not hoodies in dark rooms'",
        "Sekar Ayuningtyas's second feature follows a student who breaks into a provincial government database under"
            + " the online name Kupu and is caught between a cybercrime police unit and the people who paid her. Q:"
            + " Anindya, who plays Kupu, is in her first leading role. Why her? A: She knew more about hacking than I did.");
    assertFalse(interview.contains("cybersecurity"), interview.toString());
  }
}
