package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.extract.KeyTopicWordsTest.Case;
import io.facetwire.facet.Facet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key topics on 2017-2026 news, session 16 (issue 10: the figures will be checked on recent news no one here has
 * seen, and the shipped corpora are 1987-2005). Short passages written from knowledge of the news for each kind of
 * recent story (Syria after 2011, today's cybersecurity, Russia's and Iran's sanctions since 2014, today's space
 * cooperation) and for their near misses; every row here failed with topics.txt of 92a1740 (the session's start):
 * SWIFT, the oil price cap, the shadow fleet, OFAC designations, Magnitsky laws, secondary penalties and evasion; the
 * SDF and the YPG; the NCSC, named hacking groups, a backdoor, stolen patient data; a cargo ship at the station; and
 * the near misses a sports body's, a welfare office's or the police's "sanctions" and asset freezes, a hacker in a
 * film review and a spy satellite's launch; then, from a second round of passages written before the rules were
 * looked at again, a licence for an AI chip and the Alawites of the coast. The kinds that already held are {@link KeyTopicRecentNewsHeldTest}.
 * The rows are {@link KeyTopicWordsTest}'s cases (one article, the key topic, whether it must get it).
 */
class KeyTopicRecentNewsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Case> cases() {
    return Stream.of(
        new Case("Syria: the Kurdish-led SDF and its commander",
            "Kurdish-led SDF agrees to join new army",
            "The Kurdish-led SDF has agreed to merge its fighters and institutions in the north-east into the "
            + "state, the presidency said on Monday. The deal, signed by SDF commander Mazloum Abdi, covers oil "
            + "fields, border crossings and the prisons holding Islamic State detainees. Arab tribes in Deir ez-Zor"
            + " welcomed the agreement.",
            "Syria", true),
        new Case("Syria: Turkey's offensive against the YPG and the border towns",
            "Turkey launches offensive against YPG",
            "Turkey launched an air and ground offensive against the YPG militia east of the Euphrates on "
            + "Wednesday, shelling towns along the border. Ankara regards the YPG as an extension of the PKK. "
            + "Thousands of families fled Ras al-Ain and Tal Abyad as Turkish-backed fighters advanced.",
            "Syria", true),
        new Case("Syria: Assad named beside Israel (a person is no list of countries) and navy vessels at Latakia",
            "Israel strikes military sites after Assad's fall",
            "Israel carried out hundreds of air strikes on military sites across Syria after the fall of the "
            + "former government, destroying navy vessels at Latakia and air defence batteries. Israeli troops also"
            + " moved into the buffer zone on the Golan Heights, which Israel said was temporary.",
            "Syria", true),
        new Case("cybersecurity: the NCSC and state-backed groups probing critical infrastructure",
            "NCSC warns of rising threat to water and energy firms",
            "Britain's National Cyber Security Centre warned that state-backed groups were probing water and "
            + "energy companies, and urged operators of critical infrastructure to raise their defences. The agency"
            + " said it handled 430 incidents last year, 89 of them nationally significant.",
            "cybersecurity", true),
        new Case("cybersecurity: a backdoor in an open-source library (a supply-chain attack)",
            "Backdoor found in widely used compression tool",
            "A backdoor planted in the xz compression library could have let attackers take over Linux servers "
            + "around the world, a Microsoft engineer discovered. The malicious code had been added by a "
            + "contributor who spent two years gaining the maintainers' trust. Distributions rushed to roll back "
            + "the affected versions.",
            "cybersecurity", true),
        new Case("cybersecurity: a ransomware attack and stolen patient data",
            "Hospitals cancel operations after attack on pathology firm",
            "London hospitals cancelled hundreds of operations after a ransomware attack on Synnovis, the firm "
            + "that runs their blood tests. The Qilin gang demanded 50 million dollars and later published stolen "
            + "patient data online. The NHS said it was working with the National Crime Agency.",
            "cybersecurity", true),
        new Case("cybersecurity: the Lazarus Group's crypto theft",
            "North Korean hackers stole $1.5bn from crypto exchange, FBI says",
            "The FBI said North Korea's Lazarus Group was behind the theft of 1.5 billion dollars in digital "
            + "tokens from the Bybit exchange, the largest crypto heist on record. The attackers compromised a "
            + "wallet provider's computer to trick the exchange into approving transfers.",
            "cybersecurity", true),
        new Case("cybersecurity: but a hacker in a film review is not",
            "A hacker thriller that never clicks",
            "The film follows a young hacker who is drawn into a heist by a mysterious stranger. The hacker, "
            + "played with a permanent frown, types furiously while green code scrolls across the screen. The "
            + "director keeps the hacking scenes brisk, but the romance drags, and the ending is predictable. In "
            + "cinemas from Friday.",
            "cybersecurity", false),
        new Case("sanctions: banks cut off from SWIFT and reserves frozen",
            "Seven Russian banks cut off from SWIFT",
            "The European Union and its allies agreed to remove seven Russian banks from the SWIFT messaging "
            + "system, cutting them off from most international payments. Energy lenders were spared so that Europe"
            + " can keep paying for gas. The central bank's reserves held abroad were also frozen.",
            "sanctions", true),
        new Case("sanctions: the G7 price cap on Russian oil",
            "G7 sets price cap on Russian oil at $60",
            "The Group of Seven and Australia agreed a price cap of 60 dollars a barrel on Russian seaborne "
            + "crude, barring Western shippers and insurers from handling cargoes sold above the cap. The measure "
            + "is meant to cut Moscow's oil revenue while keeping oil flowing to world markets. The Kremlin said it"
            + " would not sell oil to countries that apply the cap.",
            "sanctions", true),
        new Case("sanctions: tankers of the shadow fleet listed",
            "Britain targets shadow fleet tankers",
            "Britain added 30 more tankers of Russia's shadow fleet to its list on Tuesday, barring them from "
            + "British ports and services. The ageing vessels carry Russian oil above the price cap under flags of "
            + "convenience. Ministers said the move would squeeze the money Moscow uses to pay for the war.",
            "sanctions", true),
        new Case("sanctions: OFAC designates a network",
            "Treasury designates Iranian oil network",
            "The Treasury's Office of Foreign Assets Control designated a network of companies in the United Arab"
            + " Emirates and Hong Kong that it said sold Iranian oil to China on behalf of the Revolutionary "
            + "Guards. Their assets in the US are blocked and Americans are barred from dealing with them.",
            "sanctions", true),
        new Case("sanctions: a Magnitsky law's entry bans and asset freezes on officials",
            "Canada imposes Magnitsky penalties on officials",
            "Canada barred 15 Russian officials from entering the country and froze any assets they hold there, "
            + "under its Magnitsky law, over the jailing of an opposition politician. The officials include two "
            + "judges and prison chiefs. Moscow said it would respond in kind.",
            "sanctions", true),
        new Case("sanctions: secondary penalties and banks cut off from the financial system",
            "Washington threatens banks that deal with Moscow",
            "The United States warned foreign banks that they could be cut off from the American financial system"
            + " if they help Russia's war machine, in an order that allows secondary penalties. Chinese and Turkish"
            + " banks have since closed accounts of Russian firms, traders said.",
            "sanctions", true),
        new Case("sanctions: secondary tariffs on buyers of a state's oil",
            "Trump threatens secondary tariffs on buyers of Venezuelan oil",
            "President Donald Trump said any country that buys oil or gas from Venezuela will pay a 25 per cent "
            + "tariff on its trade with the United States, in what he called a secondary tariff. The order takes "
            + "effect on April 2. China and India are among the largest buyers of Venezuelan crude.",
            "sanctions", true),
        new Case("sanctions: North Korea evading UN restrictions by ship-to-ship transfers",
            "UN panel says North Korea evades curbs with ship transfers",
            "North Korea continues to evade United Nations restrictions on its oil imports through ship-to-ship "
            + "transfers at sea, a panel of UN experts said. The report names 30 vessels that switched off their "
            + "transponders. The Security Council capped refined petroleum deliveries in 2017 after a nuclear test.",
            "sanctions", true),
        new Case("sanctions: but UEFA's sanctions on a club are a sports ban",
            "Club fined over fans' chants",
            "UEFA imposed sanctions on the club after its fans chanted racist abuse during the Champions League "
            + "match, fining it 50,000 euros and closing part of the stadium for the next home game. The club said "
            + "it would appeal the sanctions and ban the fans responsible.",
            "sanctions", false),
        new Case("sanctions: nor a league's transfer embargo on a club in administration (session 33)",
            "Rovers docked 12 points and hit with transfer embargo",
            "League One side Rovers have been deducted 12 points by the Football League after entering "
            + "administration. The club is also under a transfer embargo and cannot sign players until its debts "
            + "are settled. The embargo will be lifted once the administrators find a buyer, the league said.",
            "sanctions", false),
        new Case("sanctions: but benefit sanctions on jobseekers are welfare",
            "Benefit sanctions push claimants into debt, report says",
            "Jobseekers who have their benefits stopped under the sanctions regime are falling into debt and "
            + "using food banks, a report by MPs said. Sanctions were imposed on 200,000 claimants last year, often"
            + " for missing a single appointment. The department said sanctions were used only as a last resort.",
            "sanctions", false),
        new Case("sanctions: but police freezing a fraud suspect's assets is crime",
            "Police freeze assets of investment fraud suspects",
            "Police froze assets worth 20 million pounds belonging to three men accused of running a fake "
            + "investment scheme, prosecutors said. Investigators say hundreds of pensioners lost their savings. "
            + "The frozen assets include two houses and a yacht.",
            "sanctions", false),
        new Case("space cooperation: a cargo ship berthed at the International Space Station",
            "Japanese cargo ship berths at station",
            "Japan's new HTV-X cargo ship was captured by the station's robotic arm on Thursday, delivering food,"
            + " water and experiments for the crew of the International Space Station. It is the first flight of "
            + "the vehicle, built by Mitsubishi Heavy Industries for JAXA.",
            "space cooperation", true),
        new Case("space cooperation: but a spy satellite launch its neighbours condemn is not",
            "North Korea launches spy satellite",
            "North Korea said it had put a military reconnaissance satellite into orbit with a new rocket, after "
            + "two failed attempts. South Korea and Japan condemned the launch, saying it used ballistic missile "
            + "technology banned by UN resolutions. The United States called it a brazen violation.",
            "space cooperation", false),
        new Case("sanctions: a licence required to export an AI chip to China",
            "Nvidia barred from selling advanced chip to China",
            "The US government told Nvidia it would need a licence to export its H20 artificial intelligence chip"
            + " to China, effectively barring sales. The company said it would take a 5.5 billion dollar charge. "
            + "The curbs are part of wider export controls meant to slow China's military modernisation.",
            "sanctions", true),
        new Case("Syria: Alawite civilians killed on the coast, the Hmeimim base",
            "Hundreds killed in coastal violence",
            "More than 1,000 people, most of them Alawite civilians, were killed in three days of violence in the"
            + " coastal provinces after attacks by Assad loyalists on security forces, a monitoring group said. The"
            + " interim government promised an inquiry. Families fled to the Russian air base at Hmeimim.",
            "Syria", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void recentNewsKindsAreReadRight(Case c) {
    boolean got = FX.extract(c.title(), c.body()).values(Facet.TOPIC).contains(c.topic());
    assertEquals(c.expected(), got, c.kind() + ": " + FX.extract(c.title(), c.body()).values(Facet.TOPIC));
  }
}
