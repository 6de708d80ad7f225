package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 49, from the development halves of the blind modern-news sets, without a server: a restaurant review whose
 * headline sets a Syrian city beside a chef, a diner or its kitchens is no Syria story, however much the title weighs;
 * a therapy's trials are no court's; a sport's own court closing a stadium is sport's discipline; protesters shot dead
 * by the police are the protest's story. Each is checked both ways, so a rule that stops counting the words altogether
 * fails too. Passages written for this test; each first case was tagged on session 48's end jar.
 */
class TopicNews44SensesTest {

  @Test
  void aReviewsHeadlineCityIsNoSyriaStory() {
    List<String> review = topics("From Homs to Hope Street: chef Rami Haddad's new diner is the hottest table in town",
        "The queue starts at five. Inside, the room is small and loud, and the bread comes straight from the oven."
            + " Haddad left Homs as a teenager and cooked in three cities before this one. Bookings are taken a month"
            + " ahead, and the lamb with pomegranate sells out by eight. The wine list is short and fairly priced.");
    assertFalse(review.contains("Syria"), review.toString());
    List<String> war = topics("From Homs to Hama: shelling resumes as the ceasefire collapses",
        "Government forces shelled rebel-held districts of Homs on Tuesday, residents said, as a ceasefire collapsed."
            + " Fighting spread north towards Hama, and aid agencies said thousands had fled. The Syrian Observatory"
            + " for Human Rights counted dozens of dead.");
    assertTrue(war.contains("Syria"), war.toString());
  }

  @Test
  void aTherapysTrialsAreNoCourts() {
    List<String> study = topics("Parkinson's: stem cell trials show promise in landmark studies",
        "Two small trials of stem cell therapy for Parkinson's disease have shown promise, researchers said. In the"
            + " first trial, cells grown in the laboratory were placed in the brains of twelve patients. The trials"
            + " were designed to test safety, and a larger trial is planned for next year.");
    assertFalse(study.contains("crime and justice"), study.toString());
    List<String> court = topics("Former mayor goes on trial for fraud",
        "A former mayor went on trial on Monday accused of fraud and bribery. Prosecutors told the court he took"
            + " payments from contractors. The trial is expected to last six weeks, and the judge warned the jury.");
    assertTrue(court.contains("crime and justice"), court.toString());
  }

  @Test
  void aSportsOwnCourtIsSportsDiscipline() {
    List<String> stadium = topics("Sports court orders club to play four games behind closed doors",
        "Brazil's Superior Court of Sports Justice on Tuesday ordered the club to play four home games behind closed"
            + " doors after crowd trouble at the derby. The court also fined the club R$80,000 and the tribunal banned"
            + " two players. The prosecution had asked for six games. The club said it would appeal to the full"
            + " court.");
    assertFalse(stadium.contains("crime and justice"), stadium.toString());
    List<String> trial = topics("Fans jailed over derby stabbing",
        "Two fans were jailed on Tuesday for stabbing a rival supporter after the derby. The court heard the victim was"
            + " attacked outside the stadium. Prosecutors said the attack was planned, and the judge sentenced both men"
            + " to six years in prison.");
    assertTrue(trial.contains("crime and justice"), trial.toString());
  }

  @Test
  void protestersShotDeadAreTheProtestsStory() {
    List<String> protest = topics("Protesters storm parliament as lawmakers pass tax bill; several shot dead",
        "Thousands of protesters stormed parliament on Tuesday after lawmakers passed the tax bill. Police fired on the"
            + " crowd and at least five protesters were shot dead, rights groups said. Protests spread to other cities"
            + " and more demonstrators were shot in the evening.");
    assertFalse(protest.contains("crime and justice"), protest.toString());
    List<String> murder = topics("Shopkeeper shot dead in robbery",
        "A shopkeeper was shot dead during a robbery on Tuesday night, police said. The gunman fled with cash and was"
            + " arrested two days later. Prosecutors charged him with murder, and he will appear in court on Friday.");
    assertTrue(murder.contains("crime and justice"), murder.toString());
  }
}
