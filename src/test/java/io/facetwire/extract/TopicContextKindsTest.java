package io.facetwire.extract;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 34, from the development halves of the blind modern-news sets: a topic told as the context of a stronger
 * one is not the story's (trade figures in a sanctions trial, the police in a data breach), and a household trick is
 * no hack (LABELLING.md: the topic of a passing paragraph is not the article's). Passages written for this test; the
 * "hasNot" rows failed on the session's start (29757b9b), the "has" rows guard the topics' own stories.
 */
class TopicContextKindsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<TopicCase> cases() {
    return Stream.of(
        TopicCase.hasNot("a kitchen trick tried is no hack", "cybersecurity",
            "We tried the viral oven hack with a dishwasher tablet",
            "Does the hack work? We tried it in three kitchens. The oven door came up clean after ten minutes of "
            + "scrubbing, but the racks needed a second go. The kitchen hack is cheap: a tablet costs 20p. For baked-on "
            + "grease, baking soda and vinegar still win. Sometimes the best hack is paying someone else to do it."),
        TopicCase.has("a city's servers hacked", "cybersecurity",
            "Hackers take city's servers offline",
            "Hackers broke into the city's computer servers overnight and encrypted its files with ransomware, "
            + "officials said. The attack took payment systems offline and the city has called in the FBI."),
        TopicCase.hasNot("export controls in a sanctions-evasion trial are the sanctions' context", "trade and economy",
            "Jury convicts businessman of smuggling microchips to Russia",
            "A federal jury convicted a Queens businessman of evading U.S. export controls by shipping microchips worth "
            + "millions of dollars to Russian arms makers. The export controls, tightened after the invasion of "
            + "Ukraine, bar such exports without a licence. Prosecutors said he used shell companies in Hong Kong and "
            + "falsified export declarations. The chips are on the Commerce Department's Entity List, and the "
            + "Treasury added his companies to its sanctions list last year. The Economic Espionage unit of the FBI "
            + "worked the case. He faces up to 20 years in prison when sentenced in March."),
        TopicCase.has("a state's trade deficit is trade and economy", "trade and economy",
            "Trade deficit widens as imports surge",
            "The country's trade deficit widened to 68 billion dollars in March as imports of consumer goods rose "
            + "and exports fell, the Commerce Department said. Economists had expected a smaller gap. The dollar "
            + "weakened after the figures, and analysts said the deficit would weigh on first-quarter growth."),
        TopicCase.hasNot("the police in a data breach are its context", "crime and justice",
            "Data of 19 million customers stolen, hacker offers it for sale",
            "The personal data of 19 million customers of an online retailer was stolen and offered for sale on a "
            + "dark web forum, the company confirmed. A hacker posted samples of names, phone numbers and hashed "
            + "passwords. The company said it had patched the vulnerability, reset passwords and informed the police, "
            + "who are investigating the crime. Security researchers said criminals could use the data for fraud and "
            + "phishing. The cyberattack exposed weak encryption of customer records, experts said."),
        TopicCase.has("a murder trial is crime and justice", "crime and justice",
            "Man found guilty of murder after trial",
            "A man was found guilty of murder on Friday after a two-week trial at the crown court. The jury heard "
            + "that he stabbed his neighbour after an argument. The judge will pass sentence next month; prosecutors "
            + "said the verdict brought justice for the victim's family."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theTopicIsTheStorysOwnNotItsContext(TopicCase c) {
    c.assertOn(FX);
  }
}
