package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.extract.KeyTopicWordsTest.Case;
import io.facetwire.facet.Facet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of 2017-2026 news the key topics already read right at 92a1740 (session 16's probe, see {@link
 * KeyTopicRecentNewsTest}), kept as guards: the war, Assad's fall, refugees and reconstruction; ransomware, state
 * hacking, zero-days and DDoS; chip export controls; crews and agreements in space; and the near misses the brief
 * names (Syria as a transit point or in a list, a passing last-line mention, a summit with no measure, a national
 * launch, a hackathon), with those the session's new rules could have caught (the energy price cap on household
 * bills, lockdown restrictions evaded, Japan's SDF, a backdoor tax rise).
 */
class KeyTopicRecentNewsHeldTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Case> cases() {
    return Stream.of(
        // Review of session 17: "lunar" alone in @space let a Lunar New Year story with two countries meet the
        // space cooperation rule's "agreed ... near 10: @space" and its "needs: @space".
        new Case("space cooperation: joint flights for the Lunar New Year are no space story",
            "China and Taiwan agree joint Lunar New Year flights",
            "China and Taiwan agreed joint Lunar New Year charter flights on Tuesday, officials in Beijing and "
            + "Taipei said. Under the agreement, signed in Singapore, airlines from both sides will fly the Lunar "
            + "New Year routes together. Beijing called the deal a model of cooperation for Lunar New Year travel.",
            "space cooperation", false),
        new Case("Syria: government forces retake a rebel town",
            "Government forces retake rebel-held town",
            "Syrian government forces backed by Russian air strikes retook the town of Khan Sheikhoun from rebels"
            + " on Friday, a war monitor said. The offensive has driven hundreds of thousands of civilians towards "
            + "the Turkish border. Opposition fighters said they had withdrawn to avoid being encircled.",
            "Syria", true),
        new Case("Syria: rebels take Damascus as Assad flees",
            "Rebels seize Damascus as Assad flees",
            "Rebel fighters swept into Damascus on Sunday and declared the end of Bashar al-Assad's rule, after a"
            + " lightning offensive that began in the north less than two weeks ago. Russian state media said Assad"
            + " and his family had arrived in Moscow. Crowds gathered in Umayyad Square to celebrate.",
            "Syria", true),
        new Case("Syria: refugees returning from Lebanon",
            "Refugees begin returning home from Lebanon",
            "Thousands of Syrian refugees crossed back from Lebanon this week, the UN refugee agency said, but "
            + "most of the 1.5 million who fled the war remain. Many returning families found their homes "
            + "destroyed. The agency said it needed funds to help returnees with shelter and documents.",
            "Syria", true),
        new Case("Syria: reconstruction and the Caesar Act eased",
            "Gulf states pledge billions for reconstruction",
            "Saudi Arabia and Qatar pledged to pay Syria's debts to the World Bank and to fund reconstruction of "
            + "power plants, as the interim government seeks to rebuild after 14 years of war. Washington has eased"
            + " the Caesar Act sanctions to allow investment. The finance minister in Damascus said salaries would "
            + "rise by 200 per cent.",
            "Syria", true),
        new Case("Syria: earthquake aid through Bab al-Hawa",
            "Aid reaches north-west after earthquake",
            "The first UN aid convoy reached rebel-held north-west Syria through the Bab al-Hawa crossing on "
            + "Thursday, days after the earthquake killed more than 4,000 people in the region. Rescuers of the "
            + "White Helmets said they lacked heavy machinery to search the rubble in Jindires and Harem.",
            "Syria", true),
        new Case("Syria: Turkish drones strike Kurdish-held facilities",
            "Turkish drones strike Kurdish-held oil facilities",
            "Turkish drones struck oil facilities and power stations across north-east Syria on Friday, cutting "
            + "electricity to hundreds of thousands of people, Kurdish-led authorities said. Ankara said it was "
            + "responding to an attack in Ankara it blamed on the PKK and its Syrian affiliate.",
            "Syria", true),
        new Case("Syria: but a buyer in an oil-export list is not",
            "Iran boosts oil exports to China",
            "Iran's oil exports rose to their highest level in five years in March, tanker trackers said, with "
            + "most cargoes going to independent refineries in China. Shipments to Venezuela and Syria were small. "
            + "The rise comes despite US sanctions on Iranian crude.",
            "Syria", false),
        new Case("Syria: but drugs smuggled through Syria (a transit point) are not",
            "Police seize captagon pills in Jordan",
            "Jordanian police seized 12 million captagon pills hidden in a truck loaded with vegetables at the "
            + "Jaber crossing, officials said. The drugs had been smuggled through Syria on their way to the Gulf. "
            + "Two drivers were arrested. Jordan has stepped up border patrols against drug traffickers.",
            "Syria", false),
        new Case("Syria: but a migrant's route through Syria is not",
            "Migrants rescued off Greek island",
            "The Greek coastguard rescued 52 migrants from a sinking dinghy off Lesbos on Tuesday. Most were "
            + "Afghans and Iraqis who had crossed from Turkey. One man said he had travelled through Iran, Iraq and"
            + " Syria before reaching the Turkish coast. Two children were taken to hospital.",
            "Syria", false),
        new Case("Syria: but Japan's SDF is not",
            "Japan sends troops to quake-hit region",
            "Japan's SDF sent 10,000 troops to the quake-hit Noto peninsula on Tuesday to search for survivors, "
            + "the defence ministry said. The SDF also flew in food and water. Prime Minister Fumio Kishida said "
            + "rescuers were racing against time.",
            "Syria", false),
        new Case("Syria: but refugees from Syria in a Lebanese election's last line are not",
            "Lebanon holds first parliamentary election in four years",
            "Lebanese voters went to the polls on Sunday in the first parliamentary election since the country's "
            + "economic collapse. Turnout was low in Beirut. Hezbollah and its allies hoped to keep their majority."
            + " Independent candidates campaigned against the political class they blame for the crisis. Results "
            + "are expected on Tuesday. Campaigners also raised the cost of hosting refugees from the war in Syria.",
            "Syria", false),
        new Case("cybersecurity: a China-linked group in telecoms networks",
            "China-linked group breached telecoms networks, officials say",
            "A China-linked group known as Salt Typhoon breached the networks of at least eight US telecoms "
            + "companies and gained access to call records, officials said on Wednesday. The intrusion is one of "
            + "the largest espionage campaigns uncovered. The FBI urged Americans to use encrypted messaging apps.",
            "cybersecurity", true),
        new Case("cybersecurity: Sandworm's malware on a power grid",
            "Russian military intelligence unit targeted Ukrainian grid",
            "Sandworm, a unit of Russia's GRU military intelligence, tried to knock out power substations in "
            + "Ukraine with a new version of the Industroyer malware, researchers at ESET said. The attack was "
            + "stopped before it cut power to two million people. The group also deployed wiper software to erase "
            + "computers.",
            "cybersecurity", true),
        new Case("cybersecurity: CISA orders agencies to patch zero-days",
            "CISA orders agencies to patch Ivanti flaw",
            "The Cybersecurity and Infrastructure Security Agency ordered federal agencies to disconnect Ivanti "
            + "VPN appliances within 48 hours after attackers exploited two zero-day vulnerabilities. CISA said the"
            + " intruders could move laterally into agency networks. Ivanti has released fixes for some versions.",
            "cybersecurity", true),
        new Case("cybersecurity: hackers knock bank websites offline",
            "Pro-Russian hackers knock bank websites offline",
            "A pro-Russian group calling itself NoName057 knocked the websites of several Danish banks offline on"
            + " Monday with a flood of junk traffic. The banks said no customer data was affected. The group has "
            + "claimed similar attacks on government sites in countries that support Ukraine.",
            "cybersecurity", true),
        new Case("cybersecurity: a council's services down after ransomware",
            "Council services down after ransomware attack",
            "A ransomware attack has taken the council's online services offline for a third week, leaving "
            + "residents unable to pay bills or report missed bin collections. The Rhysida group has claimed the "
            + "attack and demanded a payment in bitcoin. The council said it would not pay.",
            "cybersecurity", true),
        new Case("cybersecurity: but a hackathon is not",
            "Students build apps at city hackathon",
            "More than 200 students took part in the city's annual hackathon at the weekend, building apps to "
            + "help residents find parking and report potholes. The winning team, from the local university, built "
            + "a tool that maps bus delays. The council said it would fund a pilot of the best idea.",
            "cybersecurity", false),
        new Case("cybersecurity: but a scam-email warning in a lottery story is not",
            "Lottery results",
            "The winning numbers were drawn on Saturday night. A ticket holder in Leeds scooped the 12 million "
            + "pound jackpot. Organisers urged players to check their tickets online, and warned of scam emails "
            + "pretending to be from the lottery.",
            "cybersecurity", false),
        new Case("cybersecurity: but a backdoor tax rise is not",
            "Opposition attacks backdoor tax rise",
            "The opposition accused the government of a backdoor tax rise after it froze income tax thresholds "
            + "for another two years. Critics said the move would drag millions of users of the online tax system "
            + "into higher bands. The Treasury said the data showed most earners would be better off.",
            "cybersecurity", false),
        new Case("cybersecurity: but a cyber attack in a bank's last line is not",
            "Bank profits rise on higher interest rates",
            "The bank reported a 12 per cent rise in annual profit on Tuesday as higher interest rates lifted "
            + "lending margins. Its chief executive said mortgage demand was recovering. Costs rose by 4 per cent, "
            + "including spending on technology. The bank expects growth to slow next year as rates fall. It said "
            + "it would return 2 billion pounds to shareholders. Shares rose 3 per cent. Costs also included the "
            + "clean-up after a cyber attack on a supplier last spring.",
            "cybersecurity", false),
        new Case("sanctions: export controls on chips and the entity list",
            "US tightens curbs on chip exports to China",
            "The Commerce Department tightened export controls on advanced semiconductors and chipmaking tools to"
            + " China, adding 140 companies to the entity list. Officials said the rules would stop Beijing using "
            + "American technology to build weapons. China's foreign ministry called the move economic bullying.",
            "sanctions", true),
        new Case("sanctions: but talks the US watches (no threat) are not",
            "Election talks on Venezuela stall",
            "Talks between the Venezuelan government and the opposition in Mexico City stalled on Friday over the"
            + " date of the presidential election. Diplomats said the opposition wants international observers. The"
            + " United States said it was watching closely.",
            "sanctions", false),
        new Case("sanctions: but a last-line mention in a drone-strike story is not",
            "Drone strike kills commanders",
            "A drone strike killed three commanders of an armed group in the east of the country on Monday, "
            + "security sources said. The group has carried out attacks on army posts for months. Residents said "
            + "the strike hit a house near the market. The army said it would continue operations. The group's "
            + "leader was put under sanctions by the US in 2021. Officials said more strikes would follow.",
            "sanctions", false),
        new Case("sanctions: but the energy price cap on household bills is not",
            "Energy price cap to rise again in April",
            "The energy price cap will rise by 6 per cent in April, the regulator Ofgem said, adding 111 pounds a"
            + " year to a typical household's bills. Higher wholesale gas prices and a rise in oil prices were to "
            + "blame. The price cap limits what suppliers can charge per unit of energy.",
            "sanctions", false),
        new Case("sanctions: but lockdown restrictions evaded are not",
            "Revellers evade lockdown restrictions",
            "Hundreds of people evaded coronavirus restrictions to hold parties in the park at the weekend, "
            + "police said. Officers broke up gatherings and issued fines. The government said the pandemic rules "
            + "would stay in place until the end of the month.",
            "sanctions", false),
        new Case("sanctions: but a summit with no measure is not",
            "EU leaders discuss relations with China",
            "European Union leaders discussed relations with China at a summit in Brussels on Thursday, amid "
            + "concern over Beijing's trade surplus and its support for Russia. Diplomats said no new measures were"
            + " agreed. Several leaders called for closer talks with Beijing on climate change and trade.",
            "sanctions", false),
        new Case("space cooperation: a four-nation crew on a SpaceX capsule",
            "SpaceX capsule carries four-nation crew to orbit",
            "A SpaceX Dragon capsule lifted off from Florida carrying a NASA astronaut, a Russian cosmonaut, a "
            + "Japanese astronaut and a Danish astronaut of the European Space Agency for a six-month stay on the "
            + "orbiting laboratory. The crew will dock on Friday.",
            "space cooperation", true),
        new Case("space cooperation: a NASA crew with Japanese and Russian members",
            "Crew-10 reaches the space station",
            "NASA's Crew-10 docked with the International Space Station early on Sunday, carrying two NASA "
            + "astronauts, a Japanese astronaut and a Russian cosmonaut. Their arrival frees the two astronauts who"
            + " had been stranded on the station since June to return home.",
            "space cooperation", true),
        new Case("space cooperation: ESA's modules for the Gateway",
            "ESA signs deal to build Gateway modules",
            "The European Space Agency signed a contract to build two modules for Gateway, the small station that"
            + " NASA and its partners plan to place in orbit around the Moon. Japan and Canada are also "
            + "contributing hardware, including a robotic arm. Europe will get seats for its astronauts on Artemis "
            + "missions in return.",
            "space cooperation", true),
        new Case("space cooperation: ISRO and JAXA's joint lunar mission",
            "India and Japan to send joint rover to Moon's south pole",
            "India's space agency ISRO and Japan's JAXA will launch a joint lunar polar exploration mission in "
            + "2028 to look for water ice near the Moon's south pole, officials said. JAXA will provide the rocket "
            + "and the rover, ISRO the lander. The agencies signed an implementing arrangement in Tokyo.",
            "space cooperation", true),
        new Case("space cooperation: a Pakistani astronaut for China's station",
            "Pakistani astronaut to fly to China's space station",
            "China will train two Pakistani astronauts, one of whom will fly to the Tiangong space station as a "
            + "payload specialist, the two countries said after signing an agreement in Beijing. He would be the "
            + "first foreign astronaut to visit the Chinese station.",
            "space cooperation", true),
        new Case("space cooperation: a new Artemis Accords signatory",
            "Thailand becomes latest Artemis Accords signatory",
            "Thailand signed the Artemis Accords on Friday, becoming the 55th country to join the framework for "
            + "civil exploration of the Moon and Mars. NASA's administrator welcomed the signing, saying the "
            + "accords promote transparency and peaceful cooperation.",
            "space cooperation", true),
        new Case("space cooperation: Axiom's crew of three nations",
            "Crew from India, Poland and Hungary reaches station",
            "Axiom Mission 4 docked with the International Space Station on Thursday carrying astronauts from "
            + "India, Poland and Hungary, the first from those countries in more than 40 years. The private "
            + "mission, flown on a SpaceX capsule, will spend two weeks on the station.",
            "space cooperation", true),
        new Case("space cooperation: a Russian rocket launching Iran's satellite under a deal",
            "Russia launches Iranian satellite",
            "A Russian Soyuz rocket launched an Iranian remote-sensing satellite from the Baikonur cosmodrome in "
            + "Kazakhstan on Tuesday. Iran's space agency said the satellite, Khayyam, would monitor its borders "
            + "and farmland. The launch was arranged under a deal between Roscosmos and the Iranian space agency.",
            "space cooperation", true),
        new Case("space cooperation: but a Chinese crew to China's station is not",
            "China sends three astronauts to Tiangong",
            "China launched the Shenzhou-19 spacecraft on Wednesday, carrying three astronauts to its Tiangong "
            + "space station for a six-month mission. The Long March rocket lifted off from the Jiuquan launch "
            + "centre in the Gobi desert. It was China's 14th crewed mission.",
            "space cooperation", false),
        new Case("space cooperation: but SpaceX's own satellites are not",
            "SpaceX launches another batch of satellites",
            "SpaceX launched 23 Starlink satellites from Cape Canaveral on Tuesday, its 100th launch of the year."
            + " The Falcon 9 booster landed on a drone ship in the Atlantic. The company plans to launch even more "
            + "satellites next year.",
            "space cooperation", false),
        new Case("space cooperation: but India's lunar landing is not",
            "India lands craft near Moon's south pole",
            "India's Chandrayaan-3 landed near the Moon's south pole on Wednesday, making India the first country"
            + " to reach the region. Prime Minister Narendra Modi watched the landing from South Africa, where he "
            + "was attending a summit. The rover will spend two weeks studying the soil.",
            "space cooperation", false),
        new Case("space cooperation: but Ariane 6's debut is not",
            "Europe's new rocket makes debut flight",
            "Europe's Ariane 6 rocket lifted off from Kourou in French Guiana on its first flight on Tuesday, "
            + "ending a year without European access to space. The rocket placed a cluster of small research "
            + "satellites into orbit, though its upper stage failed to fire a final time.",
            "space cooperation", false),
        new Case("sanctions: an EU package listing banks and shadow-fleet vessels",
            "EU agrees 16th package of measures against Russia",
            "European Union ambassadors agreed a 16th package of sanctions against Russia on Wednesday, targeting"
            + " its aluminium imports and 74 more vessels of the shadow fleet. The package also bans transactions "
            + "with 13 more banks. Hungary dropped its objections after assurances on energy supplies.",
            "sanctions", true),
        new Case("sanctions: the snapback of UN measures on Iran",
            "European powers trigger snapback of UN measures on Iran",
            "Britain, France and Germany triggered the snapback mechanism on Thursday, starting a 30-day process "
            + "to restore United Nations sanctions on Iran lifted under the 2015 nuclear deal. The measures would "
            + "reimpose an arms embargo and bans on uranium enrichment. Tehran warned of a severe response.",
            "sanctions", true),
        new Case("sanctions: a sanctioned oligarch's yacht seized",
            "Yacht of sanctioned oligarch seized in Fiji",
            "Fijian authorities seized a 300 million dollar superyacht owned by a Russian oligarch under US "
            + "sanctions, at the request of the FBI. The Amadea had sailed to Fiji without declaring its "
            + "destination. A court rejected the owner's appeal. The US Justice Department's KleptoCapture task "
            + "force enforces the sanctions on Kremlin allies.",
            "sanctions", true),
        new Case("sanctions: but a trade deal cutting tariffs is not",
            "US and UK sign trade deal cutting tariffs",
            "The United States and Britain signed a trade deal that cuts tariffs on British cars and steel and "
            + "opens Britain's market to American beef and ethanol. Both governments said the agreement would boost"
            + " jobs. Carmakers welcomed the lower duties but said more needed to be done.",
            "sanctions", false),
        new Case("cybersecurity: but a faulty update that was no attack is not",
            "Faulty update grounds flights and takes banks offline",
            "A faulty software update from the security company CrowdStrike crashed millions of Windows computers"
            + " worldwide on Friday, grounding flights, taking banks offline and disrupting hospitals. The company "
            + "said the outage was not caused by a cyber attack and a fix had been deployed. Microsoft said 8.5 "
            + "million devices were affected.",
            "cybersecurity", false),
        new Case("cybersecurity: Pegasus spyware on journalists' phones",
            "Journalists' phones infected with spyware, researchers say",
            "The phones of at least 30 journalists and activists were infected with Pegasus spyware made by "
            + "Israel's NSO Group, researchers at Citizen Lab said. The attacks used a flaw in iMessage that needed"
            + " no click from the victim. Apple said it had patched the vulnerability.",
            "cybersecurity", true),
        new Case("cybersecurity: a gang exploiting a file-transfer flaw",
            "Hundreds of firms hit through file transfer software flaw",
            "Hundreds of organisations, including the BBC, British Airways and US government agencies, had staff "
            + "data stolen after a criminal gang exploited a flaw in the MOVEit file transfer software. The Clop "
            + "gang began posting victims' names on its leak site. Progress Software urged customers to apply the "
            + "patch.",
            "cybersecurity", true),
        new Case("cybersecurity: hackers breaking into a campaign's email",
            "Iranian hackers targeted presidential campaign, FBI says",
            "Iranian hackers broke into the email account of a senior campaign adviser and stole internal "
            + "documents, the FBI and CISA said in a joint statement. The hackers then sent the stolen material to "
            + "news organisations. Iran denied the accusation.",
            "cybersecurity", true),
        new Case("cybersecurity: but Bitcoin's price is not",
            "Bitcoin hits record high",
            "Bitcoin rose above 100,000 dollars for the first time on Thursday, lifted by hopes of friendlier "
            + "regulation under the incoming administration. Crypto exchanges reported record trading volumes. "
            + "Analysts warned that prices could fall as quickly as they rose.",
            "cybersecurity", false),
        new Case("Syria: its president at the White House",
            "Syrian president visits White House",
            "Syrian President Ahmed al-Sharaa met President Donald Trump at the White House on Monday, the first "
            + "visit by a Syrian head of state. The two leaders discussed lifting the remaining sanctions and Syria"
            + " joining the coalition against Islamic State. Sharaa's government has sought Western support for "
            + "rebuilding.",
            "Syria", true),
        new Case("Syria: but Jordan's clash with drug smugglers is not",
            "Jordan army clashes with smugglers on border",
            "Jordan's army said it killed five smugglers in a clash on its northern border on Sunday and seized "
            + "large quantities of drugs. The army has tightened its rules of engagement against traffickers, who "
            + "it says are backed by armed groups. A soldier was wounded.",
            "Syria", false),
        new Case("Syria: but a minister's tour naming it among four is not",
            "Iran's foreign minister tours region",
            "Iran's foreign minister began a regional tour on Saturday that will take him to Iraq, Lebanon, Syria"
            + " and Oman, his ministry said. He is expected to discuss the nuclear talks and trade. The tour comes "
            + "before talks with European powers next month.",
            "Syria", false),
        new Case("space cooperation: a NASA astronaut on a Soyuz",
            "NASA astronaut launches on Soyuz with two cosmonauts",
            "NASA astronaut Don Pettit lifted off from Baikonur on a Soyuz rocket with two Roscosmos cosmonauts "
            + "on Wednesday, bound for the International Space Station. The flight is part of an agreement between "
            + "the two agencies to fly each other's crews. The trio will spend seven months aboard.",
            "space cooperation", true),
        new Case("space cooperation: ESA and JAXA's joint Mercury probe",
            "European-Japanese probe flies past Mercury",
            "The BepiColombo spacecraft, a joint mission of the European Space Agency and JAXA, made its sixth "
            + "and final flyby of Mercury on Wednesday, sending back images of the planet's north pole. The two "
            + "orbiters will separate when they reach orbit around Mercury in 2026.",
            "space cooperation", true),
        new Case("space cooperation: but Starship's test flight is not",
            "Starship explodes on test flight",
            "SpaceX's Starship rocket exploded minutes after lift-off from Texas on Thursday, raining debris over"
            + " the Caribbean and forcing flights to divert. The company said it would review the data. It was the "
            + "second failure in a row for the rocket that NASA plans to use to land astronauts on the Moon.",
            "space cooperation", false),
        new Case("space cooperation: but a suborbital tourist hop is not",
            "Blue Origin flies six on suborbital hop",
            "Blue Origin's New Shepard capsule carried six passengers to the edge of space on Monday, including a"
            + " singer and a television presenter. The flight from west Texas lasted about 11 minutes. The company "
            + "did not say how much the tickets cost.",
            "space cooperation", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void recentNewsKindsStayReadRight(Case c) {
    boolean got = FX.extract(c.title(), c.body()).values(Facet.TOPIC).contains(c.topic());
    assertEquals(c.expected(), got, c.kind() + ": " + FX.extract(c.title(), c.body()).values(Facet.TOPIC));
  }
}
