package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conflict's kinds of wrong tag settled in session 14 (LABELLING.md's conflict definition, 2026-12-02), read off the
 * opened parts and the session-13 audit of the unlabelled corpora (docs/audit/topic-audit-s13.tsv): troops and
 * clashes facing strikers or a communal riot, defence business and the forces as an institution, war in a figure of
 * speech, and scattered remarks in a long debate; and from the session-14 audit, a row between parties in words
 * and a brawl between workers; and one kind of miss: warships escorting ships through a war zone (armed force
 * threatened), whose case failed with the previous topics.txt; and session 15's kinds of miss: merchant ships attacked
 * by a state's gunboat without a military word near "attack" (not piracy, not an accident in exercises) and warships
 * sent towards a disputed sea with force threatened (not a naval visit), whose "is conflict" cases failed with
 * topics.txt of 713036c. Each kind is checked both ways with wording no labelled or audited
 * story used: the other sense (troops fighting rebels, a tank battle, a war) is still conflict. Each "not conflict"
 * case failed with topics.txt of 3c1b534.
 */
class ConflictKindsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  record Case(String kind, String title, String body, boolean conflict) {

    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("troops sent against a labour strike are no war",
            "Government meets dock strikes with troops and show of force",
            "The government sent 2,000 troops and armed marines to occupy the main ports on Tuesday as strikes by "
            + "30,000 dockers entered a second week. Soldiers supported by tanks guarded the quays while the strikers "
            + "held meetings, and the military said the troops would stay until work resumed. Union leaders said the "
            + "army was being used to break the strike. \"It is a war of nerves,\" one said. \"They are using force, "
            + "and we are using peaceful methods.\" The stoppage has delayed exports.",
            false),
        new Case("but troops fighting rebels are conflict",
            "Troops clash with rebels near border",
            "Government troops clashed with rebels near the northern border on Tuesday, and the army said 30 rebels "
            + "were killed in the fighting. Soldiers backed by artillery attacked rebel positions, and the military "
            + "said the offensive would go on.",
            true),
        new Case("a communal riot is no armed conflict",
            "Curfew imposed after clashes between Christians and Moslems",
            "The military government imposed a curfew on the city on Monday after 14 people died in clashes between "
            + "Christians and Moslems. Troops patrolled the streets where rioters burned churches and mosques, and "
            + "the army said the clashes had ended.",
            false),
        new Case("defence business: a contract for battle tanks is no battle",
            "Army signs contract for battle tanks",
            "The Army signed a contract worth two billion dlrs with a defense maker for the production of 400 battle "
            + "tanks, the Pentagon said. The Defense Department said the weapons contract would also cover spare "
            + "parts, and the Army expects the first tanks in 1989. The Navy and the military budget were not "
            + "affected.",
            false),
        new Case("but a tank battle is conflict",
            "Tank battle rages near the front",
            "Tanks and troops fought a fierce battle near the front on Monday, the army said, and both sides "
            + "reported heavy casualties. Warplanes bombed enemy positions, and the military said the offensive had "
            + "pushed the front line back ten km.",
            true),
        new Case("the forces as an institution: regiments merged in a reorganisation",
            "Army chiefs back merger of regiments",
            "Military chiefs backed the merger of four Army regiments into one on Monday as part of a reorganisation "
            + "of the Army. The Army Board said the plan would be put to the Defence Secretary this week. Soldiers' "
            + "families said the Army's regiments, which have fought in every war since 1800 and suffered casualties "
            + "in Iraq, would lose their local links. The restructuring of the regiments would ease recruitment, the "
            + "Defence Secretary said. Troops now serving abroad will not be affected, the military said.",
            false),
        new Case("a row between parties is no clash of arms",
            "Parties clash over pensions",
            "Labour and the Tories clashed over pension policy on Monday as the row turned into a pre-election battle. "
            + "The Conservatives said Labour's plans would cost billions, and MPs clashed again in parliament over "
            + "the budget, while ministers said the fighting talk would not change their policy.",
            false),
        new Case("a brawl between groups of workers is no armed conflict",
            "Four killed in mine hostel clash",
            "Four miners were killed and ten injured in fighting between two groups of workers at a mine hostel last "
            + "night, the company said. The workers attacked each other with knives and sticks, and the fighting "
            + "was quelled after an hour by security staff. The cause of the clash was not known.",
            false),
        new Case("armed force threatened: warships sent to escort ships through a war zone",
            "Frigates to escort tankers in the strait",
            "Four frigates will escort tankers through the strait from next week, officials said on Monday, and the "
            + "escorting frigates will be on alert for mines. Tankers in the region have been targets in the war "
            + "between the two countries. The frigates will sail from the port on Tuesday.",
            true),
        new Case("but escorts and alerts of no armed force are not conflict",
            "Police escort strikers' convoy",
            "Police escorted a convoy of lorries past the picket lines on Monday as strikers stood on alert at the "
            + "gates. The union said the escort was provocative, and the company said its fleet would keep moving.",
            false),
        new Case("war in a figure of speech is no war",
            "Tug-of-war over budget",
            "The tug-of-war over the budget went on in parliament on Monday, and the minister said the Cold War had "
            + "long ended. Critics called the war on drugs a failure and said a psychological war was being waged "
            + "against the opposition. The army's budget was cut.",
            false),
        new Case("a tanker attacked by a gunboat is an act of war (session 15: the Gulf tanker war)",
            "Tanker attacked off Qatar",
            "An Iranian gunboat attacked the Greek-owned tanker Aegis off Qatar on Sunday, shipping sources said. "
            + "The vessel was hit by a rocket but sailed on to its loading port.",
            true),
        new Case("but pirates attacking a ship are crime",
            "Pirates attack cargo ship off Somalia",
            "Pirates attacked a Greek cargo ship off Somalia on Monday and took its 20 crew hostage, the shipping "
            + "company said. The ship's owner said the pirates demanded a ransom.",
            false),
        new Case("but a ship hit by accident in naval exercises is no attack",
            "Supply ship hit by shells in exercises",
            "A navy supply ship was accidentally hit by artillery shells from a frigate during exercises in the "
            + "Baltic Sea on Monday, injuring three sailors, the defence ministry said. The exercises went on.",
            false),
        new Case("warships sent towards a disputed sea is armed force threatened (session 15: the Aegean standoff)",
            "Neighbours' warships sail into disputed waters",
            "Greek and Turkish warships headed for a disputed stretch of sea on Friday as the neighbours' row over "
            + "oil drilling rights deepened. NATO urged both sides to avoid recourse to force. Greece's prime "
            + "minister said the military readiness of his country could answer any aggressor.",
            true),
        new Case("but warships sailing in for a visit are no standoff",
            "Frigates sail in for visit",
            "Three British warships sailed into Lisbon on Friday for a five-day visit, the navy said. The frigates, "
            + "heading for exercises in the Mediterranean, will open their decks to the public.",
            false),
        new Case("but a war named plainly is conflict",
            "War spreads to the north",
            "The war spread to the north on Monday as rebels attacked two towns, the army said. Troops fought the "
            + "rebels for control of the bridge, and the fighting killed 40 people, the military said.",
            true),
        // Session 24 (the opened test21): raids from the air, and people killed by armed force.
        new Case("an air raid that killed villagers is conflict",
            "PAKISTAN SAYS BORDER AIR RAID KILLED 40",
            "Pakistan said an air raid on a border town on Sunday killed 40 people, most of them refugees, and it "
            + "lodged a strong protest with Kabul.",
            true),
        new Case("but people killed by a storm are no conflict",
            "Storm kills 40 in coastal villages",
            "A storm with winds of 150 km an hour killed 40 people in coastal villages on Sunday, officials said. "
            + "Troops were sent to help clear roads and rescue people trapped in their homes.",
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void conflictIsArmedForceUsedNotItsOtherSenses(Case c) {
    boolean got = FX.extract(c.title(), c.body()).values(Facet.TOPIC).contains("conflict");
    assertEquals(c.conflict(), got, c.kind() + ": " + FX.extract(c.title(), c.body()).values(Facet.TOPIC));
  }
}
