package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key topics' ideas in words no labelled story used, each case checked both ways (the idea in new words is
 * tagged; the same words in another sense, or a passing mention, are not); each failed with the topics.txt before
 * it. Session 10: a thesaurus-like sweep of each definition in LABELLING.md. Session 11: the kinds of error found by
 * the audit of the unlabelled corpora (docs/audit/topic-audit-s11.tsv) and the modern wordings probed from the
 * definitions (visa restrictions on officials, reimposed penalties, a pandemic's travel bans). Session 12: test9's
 * kinds (a tariff named by the country whose goods it hits; a leaked recording is a press leak, not a data breach).
 * Session 13: test10's and the opened parts' kinds under LABELLING.md's reading of 2026-12-02 (a retaliation threatened
 * against a named state in a trade story; the measure named again as "the tariffs" in a story about a retaliatory one;
 * a disinvestment campaign against a state), each with its other sense (an armed reprisal; retaliation foreseen as
 * protectionism's cost; a company divesting a unit).
 */
class KeyTopicWordsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  /** One article of a kind and the key topic it must get, or must not get. */
  record Case(String kind, String title, String body, String topic, boolean expected) {

    @Override
    public String toString() {
      return kind;
    }
  }

  private static Expectation has(String topic) {
    return new Expectation(topic, true);
  }

  private static Expectation hasNot(String topic) {
    return new Expectation(topic, false);
  }

  private record Expectation(String topic, boolean expected) {}

  private static Case row(String kind, String title, String body, Expectation e) {
    return new Case(kind, title, body, e.topic(), e.expected());
  }

  static Stream<Case> cases() {
    return Stream.of(
        row("sanctions: frozen assets and visa bans on a junta",
            "EU freezes assets of junta leaders",
            "The European Union froze the assets of twelve junta leaders on Monday and imposed visa bans on them "
            + "and their families. Ministers said the frozen assets would stay blocked until the generals restored "
            + "the elected government. A wider entry ban on officials of the regime is being discussed.",
            has("sanctions")),
        row("sanctions: but a court freezing a fraudster's assets is not",
            "Judge freezes fraudster's assets",
            "A judge froze the assets of the fraudster on Monday at the request of his victims' lawyers. The "
            + "court said the frozen assets would pay back investors after the trial. The lawyers said the court "
            + "order covers his houses and cars.",
            hasNot("sanctions")),
        row("cybersecurity: cyber criminals and stolen passwords",
            "Cyber criminals sell stolen passwords",
            "Cyber criminals are selling millions of stolen passwords on underground forums, researchers said. "
            + "The gangs use credential stuffing to break into accounts, and some use a zero day flaw in a popular "
            + "router. Hacktivists have also joined in.",
            has("cybersecurity")),
        row("cybersecurity: but a cyber cafe is not",
            "Cyber cafe opens in village",
            "A cyber cafe has opened in the village, the first place where residents can go online. The owner "
            + "said students and farmers use its ten computers every day, and a criminal record check was needed "
            + "for the licence.",
            hasNot("cybersecurity")),
        row("space cooperation: a launch firm and a satellite organisation act together",
            "Eutelsat picks International Launch Services",
            "Eutelsat said it had chosen International Launch Services to launch two of its satellites next year. "
            + "The rockets will lift off from Baikonur, and Eutelsat said the launches would complete its fleet. "
            + "International Launch Services said it had three more launches booked.",
            has("space cooperation")),
        row("space cooperation: but dollars (\"dlr\", \"dlrs\") are no German space agency",
            "Delta rocket blasts off",
            "An unmanned Delta rocket carrying a 57 mln dlr weather satellite blasted off today in NASA's first "
            + "launch of the year. The 300 mln dlrs programme is run by NASA, and the launch came after two delays. "
            + "NASA said the rocket performed well.",
            hasNot("space cooperation")),
        row("Syria: its places name it without the word",
            "Shelling hits Daraa and Hama",
            "Government shelling hit Daraa and Hama on Monday, and fighting spread to the outskirts of Deir "
            + "ez-Zor. The White Helmets said dozens were killed in Douma. Kurdish forces around Manbij and Kobani "
            + "braced for an offensive.",
            has("Syria")),
        row("Syria: but one passing place does not",
            "Archaeologists map Roman roads",
            "Archaeologists have mapped the Roman roads of the eastern empire with satellite pictures. The roads "
            + "linked ports and cities across three continents. One of them ran through Palmyra. The team will "
            + "publish maps of all of them next year. The survey took four years. Students helped with the work. "
            + "The maps will be free to use online. A book will follow.",
            hasNot("Syria")),
        row("sanctions: restrictions imposed as a reprisal on another state's banks",
            "Britain threatens retaliatory restrictions on Japanese banks",
            "Britain threatened retaliatory restrictions on Japanese banks in London if Tokyo does not open its "
            + "markets, a minister said. The restrictions would be a reprisal for the exclusion of British firms, "
            + "and ministers said sanctions could follow within weeks.",
            has("sanctions")),
        row("sanctions: but a country easing its own currency restrictions is economic policy",
            "Thailand eases currency restrictions",
            "Thailand's central bank eased restrictions on foreign currency accounts on Monday, the latest step "
            + "in liberalising the capital market. Banks may now lend abroad, and the restrictions on companies "
            + "holding dollars were lifted. The bank said it would remove the remaining restrictions on imports of "
            + "gold next year.",
            hasNot("sanctions")),
        row("sanctions: visa restrictions on officials, barred from entering",
            "US bars officials from entering",
            "The United States imposed visa restrictions on 40 Nicaraguan officials on Tuesday over the rigged "
            + "election, barring them from entering the country. The State Department said the officials and their "
            + "families were barred from entering the United States. Managua said it rejected the measures.",
            has("sanctions")),
        row("sanctions: but a pandemic's travel bans and closed borders are health measures",
            "Countries close borders as virus spreads",
            "Several countries imposed travel bans on visitors from the worst-hit regions as the coronavirus "
            + "outbreak spread on Monday. Health officials said foreigners would be barred from entering for two "
            + "weeks, and airlines announced flight bans and cancellations. Officials said the travel ban would be "
            + "reviewed as the number of infections changed.",
            hasNot("sanctions")),
        row("sanctions: penalties one state reimposes on another's firms",
            "Washington reimposes penalties on Cuban firms",
            "The United States reimposed penalties on Cuban state firms on Friday, reversing the easing of recent "
            + "years. Companies from Cuba that trade with the US will face new penalties, officials said. Havana "
            + "called the penalties an attack on its people and said it would answer them.",
            has("sanctions")),
        row("sanctions: but penalties a judge imposes are a court's",
            "Judge imposes penalties on Canadian miner",
            "A judge imposed penalties of 20 million dollars on a Canadian mining company for polluting a river "
            + "in Chile. The court said the company had ignored warnings from the regulator for years, and the "
            + "penalties would go to the villages downstream. The company said it would appeal against the "
            + "penalties.",
            hasNot("sanctions")),
        row("cybersecurity: a denial-of-service attack on a website",
            "Attack knocks bank website offline",
            "A denial of service attack knocked a bank's website offline for six hours on Tuesday. The attackers "
            + "flooded the site's servers with traffic from thousands of infected computers, the bank said. It said "
            + "no customer data had been taken in the attack.",
            has("cybersecurity")),
        row("cybersecurity: but an attack on software patents is criticism",
            "Programmers attack software patent plans",
            "Leading programmers have attacked plans to allow software patents in Europe, saying they would "
            + "damage small firms. In an open letter they attacked the plans as a gift to large companies. The "
            + "attack comes as the European Parliament reviews the software patents directive, and its rapporteur "
            + "said the program of hearings would go on.",
            hasNot("cybersecurity")),
        row("cybersecurity: but telephone calling-card fraud is no online fraud",
            "Phone card fraud costs operator millions",
            "A telephone operator said credit card fraud by callers using stolen calling-card numbers cost it 2 "
            + "mln dlrs last year. The company has filed suit against 40 students to recover the losses from the "
            + "card fraud, which it found on its bills.",
            hasNot("cybersecurity")),
        row("cybersecurity: but a hack round a game's copy protection is piracy",
            "Game maker bans cheats",
            "A game maker has banned 10,000 players from its online game after finding that they had used pirated "
            + "copies. Players had used a hack to get round the game's CD key check, and many had bought keys with "
            + "stolen credit cards, the company said. It said the pirates would not get their accounts back, and "
            + "cheats would be banned too.",
            hasNot("cybersecurity")),
        row("space cooperation: two countries' agencies agree to work together in space",
            "Canada and Japan agree on space cooperation",
            "Canada and Japan signed an agreement on Monday to cooperate in space, including joint work on a "
            + "lunar rover and the training of astronauts. The two space agencies said the accord would also cover "
            + "satellite launches for each other.",
            has("space cooperation")),
        row("space cooperation: but \"according to\" is no accord, boosters held together no partnership",
            "Shuttle maker faces questions over boosters",
            "Engineers at the maker of the space shuttle's booster rockets told investigators that the seals "
            + "which hold the boosters together had been known to fail in the cold, according to a television "
            + "report. The astronauts of the shuttle died when a booster failed after launch. NASA said the rockets "
            + "would be redesigned.",
            hasNot("space cooperation")),
        row("space cooperation: but two firms supplying parts for space use do not act in space",
            "Two chip makers agree to supply satellite parts",
            "Two electronics companies said they had agreed to jointly supply radiation-hardened chips for space "
            + "use. Under the agreement the two firms will work together to qualify the chips for satellites, and "
            + "the first orders are expected next year.",
            hasNot("space cooperation")),
        row("sanctions: a tariff named by the country whose goods it hits, with no verb of imposing",
            "Washington sets tariffs on Chinese goods",
            "The United States will put 100 pct tariffs on Chinese goods worth 18 billion dollars from next month, "
            + "the White House said on Tuesday. Beijing said the tariffs broke trade rules and promised a firm "
            + "response. Officials said the new tariffs on Chinese products would stay until Beijing changed its "
            + "policies.",
            has("sanctions")),
        row("sanctions: but tariffs on a country's goods removed or cut under a trade deal are no penalty",
            "Japan to remove tariffs on Australian beef",
            "Japan agreed on Monday to remove tariffs on Australian beef and other Australian farm goods over ten "
            + "years under a new free trade deal with Canberra. Tokyo said it would cut tariffs on Australian "
            + "products from April, and Australia will lower its duties on Japanese cars in return. Ministers from "
            + "both countries said the deal would lift trade.",
            hasNot("sanctions")),
        row("cybersecurity: but a leaked audio recording is a press leak, not a data breach",
            "Minister resigns over leaked audio recording",
            "The finance minister resigned on Friday after an audio recording of a private meeting was leaked to "
            + "the press. In the recording he can be heard mocking the prime minister. The opposition said the "
            + "leaked recording showed the government was divided, and a second leaked tape was published on "
            + "Saturday.",
            hasNot("cybersecurity")),
        row("cybersecurity: while patient records leaked from an unsecured server are one",
            "Hospital leaks patient records",
            "A hospital group leaked the medical records of 80,000 patients, which were left on an unsecured "
            + "server that anyone could reach online, researchers said. The exposed records included names and "
            + "test results. The group said it had closed the database and informed the data protection regulator.",
            has("cybersecurity")),
        row("sanctions: a retaliation threatened against a named state in a trade story",
            "Brussels vows to hit back over steel plan",
            "The European Union said on Monday it was ready to retaliate against the United States if Washington "
            + "went ahead with its plan to limit steel imports. EU officials said a list of American goods had been "
            + "drawn up. The commission said the bloc would retaliate within days of the plan taking effect, and "
            + "member states backed it.",
            has("sanctions")),
        row("sanctions: but an armed reprisal a state vows is conflict, not a sanction",
            "Tehran vows to answer naval raid",
            "Iran vowed retaliation against the United States on Tuesday after American warships shelled two of "
            + "its offshore oil platforms. Iranian leaders said they would answer the attack in the coming days. "
            + "The platforms had handled a fifth of the country's oil exports, and trade through the Gulf slowed as "
            + "tankers waited.",
            hasNot("sanctions")),
        row("sanctions: the measure named again as \"the tariffs\" in a story about a retaliatory one",
            "No progress in insurance dispute, officials say",
            "Officials said on Monday that talks had made no progress in the dispute over insurance. The "
            + "government is due to put 100 pct tariffs on a range of South Korean products on Friday in "
            + "retaliation for Seoul's refusal to open its insurance market. Negotiators met again today. Importers "
            + "asked for the tariffs to be delayed, and retailers said the tariffs would raise prices.",
            has("sanctions")),
        row("sanctions: but retaliation foreseen as protectionism's cost is trade policy",
            "Trade minister warns of costly spiral",
            "The trade minister said on Wednesday that protectionism would only provoke retaliation and hurt "
            + "exporters everywhere. He told a business conference that the tariffs proposed by some lawmakers "
            + "would raise prices. Lower tariffs, he said, had served the country well, and he would keep working "
            + "for open markets.",
            hasNot("sanctions")),
        row("sanctions: a disinvestment campaign against a state",
            "Pension funds press oil group over junta",
            "A group of pension funds launched a campaign on Tuesday to pressure an oil company to suspend "
            + "operations in Myanmar until the junta frees political prisoners. The funds, which hold four percent "
            + "of the shares, said they want the company to disinvest in Myanmar. The company said it would study "
            + "the request.",
            has("sanctions")),
        row("sanctions: but a company divesting a foreign unit is business",
            "Packaging group to divest Canadian unit",
            "The packaging group said on Tuesday it would divest its Canadian unit as part of a restructuring "
            + "plan to focus on its home market. The unit, based in Toronto, had sales of 300 million dollars last "
            + "year. The company said it expected to complete the sale by June.",
            hasNot("sanctions")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theIdeaInOtherWordsIsTaggedAndTheOtherSenseIsNot(Case c) {
    List<String> got = FX.extract(c.title(), c.body()).values(Facet.TOPIC);
    if (c.expected()) {
      assertTrue(got.contains(c.topic()), c.kind() + " must get " + c.topic() + ": " + got);
    } else {
      assertFalse(got.contains(c.topic()), c.kind() + " must not get " + c.topic() + ": " + got);
    }
  }
}
