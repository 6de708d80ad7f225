package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 37, from the development half of the blind modern-news set news37, without a server: a city's cooking is
 * no Syria story, the money-laundering watchdog's lists are no sanctions, a "state actor" behind a hack plays no role, a
 * blackout of the grid is energy (a news blackout is not), soldiers patrolling a capital under a curfew
 * after riots are civil unrest, not conflict (LABELLING.md). Each case is checked both ways, so a rule that stops
 * counting the words altogether fails too. Passages written for this test; each first case was tagged on session 36's
 * end jar.
 */
class TopicNews37SensesTest {

  @Test
  void aCitysCookingIsNoSyriaStory() {
    List<String> review = topics("Restaurant review: Aleppo's cherries find a home in Montreal",
        "The kebab karaz arrives and the table goes quiet. It is a dish of lamb meatballs in a sauce of sour cherries."
            + " The chef grew up in the city and opened her restaurant in March. The menu changes with the seasons, and"
            + " the desserts are made in the kitchen each morning. Service is warm and the wine list is short."
            + " Aleppo is often called the food capital of Syria. Prices are fair for the quarter.");
    assertFalse(review.contains("Syria"), review.toString());
    List<String> war = topics("Aid convoy reaches Aleppo as fighting eases",
        "A United Nations aid convoy reached eastern Aleppo on Tuesday after fighting between government forces and"
            + " rebels eased. Syria's government allowed the trucks through a checkpoint near the city. Residents said"
            + " food and medicine had run out weeks ago.");
    assertTrue(war.contains("Syria"), war.toString());
  }

  @Test
  void theWatchdogsGreyListIsNoSanction() {
    List<String> greyList = topics("Nigeria, South Africa exit FATF grey list",
        "The Financial Action Task Force removed Nigeria and South Africa from its grey list on Friday. Being on the"
            + " FATF grey list is not a sanction and carries no legal restrictions, but banks apply extra checks. It is"
            + " distinct from the FATF blacklist of high-risk jurisdictions. Officials said reforms to money-laundering"
            + " laws had convinced the watchdog.");
    assertFalse(greyList.contains("sanctions"), greyList.toString());
    List<String> sanctions = topics("EU adds oil traders to its sanctions blacklist",
        "The European Union added 20 oil traders to its sanctions blacklist on Friday, freezing their assets in the"
            + " bloc. The restrictive measures target firms that helped Russia ship crude above the price cap. Moscow"
            + " called the sanction illegal.");
    assertTrue(sanctions.contains("sanctions"), sanctions.toString());
  }

  @Test
  void aStateActorBehindAHackPlaysNoRole() {
    List<String> hack = topics("Intelligence services: Chinese state actor behind cyber espionage in defence network",
        "The military intelligence service said a Chinese state actor was behind a cyber espionage campaign in a"
            + " defence network. The state actor used malware that survived reboots and updates. Threat actors had"
            + " exploited a known flaw in the firewall, the service said, and the director called it a warning.");
    assertFalse(hack.contains("arts and entertainment"), hack.toString());
    List<String> film = topics("Actor wins best actor award at festival",
        "The actor won the best actor award at the festival on Saturday for his role in the film. The director thanked"
            + " the actors and the crew, and the film opens in cinemas next month.");
    assertTrue(film.contains("arts and entertainment"), film.toString());
  }

  @Test
  void aBlackoutOfTheGridIsEnergyANewsBlackoutIsNot() {
    List<String> grid = topics("Spain and Portugal restore power after unprecedented blackout",
        "Spain and Portugal restored power to most homes on Tuesday after a blackout that halted trains and shut"
            + " shops across the peninsula. The grid operator said supply had returned to 99 percent of customers."
            + " Officials said the cause of the power outage was still unknown, and ruled out a cyberattack."
            + " Hospitals ran on generators overnight.");
    assertTrue(grid.contains("energy"), grid.toString());
    List<String> media = topics("Army imposes news blackout after coup attempt",
        "The army imposed a news blackout on Tuesday after a failed coup attempt. Television stations went off air"
            + " and the internet was cut. A media blackout was also ordered in the provinces, officials said.");
    assertFalse(media.contains("energy"), media.toString());
  }

  @Test
  void soldiersUnderACurfewAfterRiotsAreUnrestNotConflict() {
    List<String> unrest = topics("President suspends metro fare rise as army patrols capital under curfew",
        "The president suspended a rise in metro fares after a second day of riots, and the army imposed the capital's"
            + " first curfew since military rule. Soldiers in armoured vehicles patrolled the streets overnight, and"
            + " troops guarded metro stations after looting. Crowds defied the decree, clashing with police in several"
            + " districts. The army said the curfew would stay. The protests began a week ago as a campaign by"
            + " students.");
    assertFalse(unrest.contains("conflict"), unrest.toString());
    List<String> war = topics("Army pushes into rebel-held town",
        "The army launched an offensive on the rebel-held town on Monday. Soldiers and armoured vehicles advanced"
            + " under artillery fire, and troops clashed with rebels on the outskirts. Dozens of fighters were killed in"
            + " the fighting, a military spokesman said.");
    assertTrue(war.contains("conflict"), war.toString());
  }
}
