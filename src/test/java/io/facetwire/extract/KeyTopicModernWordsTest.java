package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.extract.KeyTopicWordsTest.Case;
import io.facetwire.facet.Facet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key topics in the words of 2017-2026 news (session 15): the product's users read today's news, and the labelled
 * parts are 1987-2005. Each definition was read for words whose sense changed or that were missing; ransomware,
 * state-sponsored hackers, zero-day flaws, supply-chain attacks and the 2024 Syrian offensive already tagged, so
 * only what failed with topics.txt of 713036c has a row here (personal data stolen, the Artemis Accords, a seat
 * swap between agencies, Hayat Tahrir al-Sham and its leader's names), each beside its other sense; since session 32
 * Hamas, which is not Hama. The rows are
 * {@link KeyTopicWordsTest}'s cases (one article, the key topic, whether it must get it).
 */
class KeyTopicModernWordsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Case> cases() {
    return Stream.of(
        new Case("cybersecurity: customers' personal data stolen is a data breach",
            "Retailer says personal data of millions stolen",
            "The retailer said the personal data of 40 million customers had been stolen in a cyber-attack on its "
            + "systems. Names, addresses and card numbers were taken. The company said it had informed the data "
            + "protection regulator.",
            "cybersecurity", true),
        new Case("cybersecurity: but a law on the use of personal data is no breach",
            "Parliament passes personal data law",
            "Parliament passed a law on Tuesday giving citizens more control over their personal data held by "
            + "companies. Firms must ask consent before using personal information for advertising, and a regulator "
            + "can fine them.",
            "cybersecurity", false),
        new Case("space cooperation: nations signing the Artemis Accords",
            "Twelve more nations sign the Artemis Accords",
            "Twelve more countries signed the Artemis Accords on Wednesday, the US-led principles for the peaceful "
            + "exploration of the Moon. The signatories commit to share scientific data and to avoid harmful "
            + "interference. NASA said the accords now count more than 50 nations.",
            "space cooperation", true),
        new Case("space cooperation: a seat swap between two agencies",
            "Agencies extend seat swap",
            "The two space agencies agreed to extend their seat swap for another three years, so that a cosmonaut "
            + "keeps flying on American capsules and an astronaut on the Soyuz. Officials said the crew exchange "
            + "keeps each side able to reach the station if its own rocket is grounded.",
            "space cooperation", true),
        new Case("space cooperation: but an Artemis moon rocket's national test is not",
            "Artemis rocket test delayed",
            "The space agency delayed a test of its Artemis moon rocket by a week after engineers found a leak in "
            + "a fuel line. The rocket will fly without a crew on its first flight.",
            "space cooperation", false),
        new Case("Syria: Hayat Tahrir al-Sham and its leader's names",
            "Hayat Tahrir al-Sham names caretaker cabinet",
            "Hayat Tahrir al-Sham, the group that led the offensive, named a caretaker cabinet on Tuesday. Its "
            + "leader Abu Mohammed al-Jolani, now using his real name Ahmed al-Sharaa, said all communities would "
            + "be protected and that former prisoners of Sednaya would be compensated.",
            "Syria", true),
        // Session 32 (the blind modern-news set): "Hamas" was read as the Syrian city Hama with a plural "s", so every
        // story of the Gaza war got Syria.
        new Case("Syria: but Hamas is not the city of Hama",
            "Israel and Hamas agree to ceasefire",
            "Israel and Hamas agreed to a ceasefire and the release of hostages on Wednesday. Hamas will free 33 "
            + "hostages in the first phase, mediators said, and Hamas leaders in Doha confirmed the deal.",
            "Syria", false),
        new Case("Syria: while Hama still is",
            "Rebels advance on Hama",
            "Rebels advanced on Hama on Tuesday after taking Aleppo, as government troops withdrew south. Residents of "
            + "Hama said shelling had intensified overnight.",
            "Syria", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void todaysWordsForTheKeyTopicsAreTagged(Case c) {
    boolean got = FX.extract(c.title(), c.body()).values(Facet.TOPIC).contains(c.topic());
    assertEquals(c.expected(), got, c.kind() + ": " + FX.extract(c.title(), c.body()).values(Facet.TOPIC));
  }
}
