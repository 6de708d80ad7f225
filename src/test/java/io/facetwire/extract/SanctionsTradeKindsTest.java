package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sanctions' trade kinds read in session 15 off every wrong tag and miss of the opened parts (test12 included) and a
 * blind audit of the unlabelled corpora (docs/audit/topic-audit-s15.tsv), under LABELLING.md's reading of threatened
 * and retaliatory trade measures: the penalty named by its target ("action against Japan", "measures against Korea")
 * or as "retaliatory action", and the tariffs on a named state named again in a story on a feared trade war, are
 * sanctions; a vague warning of "protectionist retaliation" is trade policy and a debtor's warning to its bank
 * creditors finance. Each kind in wording no labelled or audited story used, both ways; the three new "is sanctions"
 * kinds and the protectionist and creditor cases failed with topics.txt of 713036c; the dumping case, the ordinary
 * tariff change and the export controls used as pressure guard the changed rules' other sense (they pass either
 * way). (Export controls eased were tried as trade policy and dropped: easing the strategic embargo on the Soviet
 * bloc is sanctions news, as test8's label and the session-12 audit read it.)
 */
class SanctionsTradeKindsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  record Case(String kind, String title, String body, boolean sanctions) {

    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("action and measures against a named state in a trade story are a penalty",
            "Brussels weighs action against Korea over car imports",
            "European Union trade ministers will meet next month to discuss possible action against South Korea "
            + "over its barriers to European car imports, officials said. The Commission was asked to draw up "
            + "measures against South Korea unless Seoul opens its market by June. Korea's car exports to Europe "
            + "rose 40 percent last year.",
            true),
        new Case("but action against a product's dumping, or legal action, is no sanction",
            "Steelmakers seek action against dumping",
            "European steelmakers asked the Commission to take action against the dumping of cheap steel, and the "
            + "Commission opened an anti-dumping investigation into imports from China and Russia. The companies "
            + "also threatened legal action against Chinese exporters over unpaid bills.",
            false),
        new Case("retaliatory action named again beside a threat in the lead",
            "Europe gives Tokyo six weeks",
            "The European Union gave Japan six weeks to open its market before it decides on possible retaliatory "
            + "trade measures, diplomats said. Ministers will meet in May to review relations between the two "
            + "sides. Officials said time was needed to prepare proposals for possible retaliatory action.",
            true),
        new Case("the tariffs on a named state named again in a story on a feared trade war",
            "Tokyo seeks to avert trade war",
            "Japan is seeking to stop its dispute with Washington from turning into a trade war, officials said. On "
            + "Friday the United States announced tariffs on Japanese electronic goods for Tokyo's failure to honour "
            + "the chip pact. Japan will send an envoy to persuade Washington not to go ahead with the tariffs. Chip "
            + "makers said the tariffs were unfair.",
            true),
        new Case("but an ordinary tariff change named again is trade policy",
            "Mexico raises vegetable oil tariff",
            "Mexico raised its tariff on imported vegetable oils to 10 percent, the agriculture department said. "
            + "The higher tariff was a reaction to importers using basket categories, and the tariffs on other oils "
            + "were unchanged.",
            false),
        new Case("but a vague warning of protectionist retaliation is trade policy",
            "Minister warns Japan of protectionist retaliation",
            "The trade minister praised Japan's new import measures but warned of possible protectionist "
            + "retaliation by the United States if Tokyo's market opening falters. He said Japan's surplus with the "
            + "United States must fall. Japan cut tariffs on 20 farm products last month.",
            false),
        new Case("but a debtor warning its bank creditors against retaliation is finance",
            "Argentina warns creditors against retaliation",
            "The central bank president said retaliation by Argentina's creditors over its debt moratorium would not "
            + "be an intelligent measure. If the creditors considered retaliation, Argentina would lose its capacity "
            + "to export and could never pay its debt, he said. Trade surpluses would pay the interest.",
            false),
        new Case("while export controls used as pressure on a state are a sanction",
            "Washington tightens chip export controls on China",
            "The United States tightened export controls on advanced chips to China on Friday and added 40 Chinese "
            + "firms to its entity list to curb Beijing's military ambitions. China vowed countermeasures against "
            + "the export controls.",
            true),
        // Session 28 (test26's #5791 once opened): the threat aimed at a levy or quota on a state's farm goods,
        // told without the word "trade" ("serious retaliation if it enacts a tax on products such as soybean oil").
        new Case("a threatened retaliation against a state over a levy on farm goods is a penalty",
            "Canberra warns Tokyo over beef levy",
            "Australia's Primary Industry Minister warned Japan on Tuesday that it would face swift retaliation if it "
            + "raised its levy on Australian beef. He said Canberra would take retaliatory action because the levy "
            + "would hurt the country's cattle farmers.",
            true),
        new Case("while a tax story's retaliation with no state aimed at is none",
            "Council tax rise angers landlords",
            "Landlords said they feared retaliation from tenants after the council approved a ten percent rise in "
            + "the property tax. The council said the tax would pay for schools and roads.",
            false),
        // Session 36 (test33 once opened): the penalty named by what it does to another state's firms, a licence
        // revoked or powers used against them; not a state's own licensing.
        new Case("a threat to revoke another state's firms' licences is a penalty",
            "Seoul warns Tokyo over insurers",
            "South Korea said it could revoke or deny licences to Japanese insurance companies in Seoul if Korean "
            + "insurers are not given the same access to Japan's market. Officials said the new law's powers could "
            + "be used against Japanese banks as well. Trade talks resume next week.",
            true),
        new Case("while a state suspending its own importers' licences is trade policy",
            "Pakistan suspends tea import licences",
            "Pakistan suspended the import licences of its tea traders in order to link tea imports to Pakistani "
            + "exports, brokers said. Kenyan and Sri Lankan tea exporters said sales would fall. Trade officials "
            + "will meet in May.",
            false),
        new Case("nor a central bank withdrawing a bank's licence at home",
            "Central bank revokes lender's licence",
            "Russia's central bank revoked the licence of a small Moscow lender for breaking money-laundering "
            + "rules, it said. Depositors will be paid from the insurance fund. The bank traded in British and "
            + "German bonds.",
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aPenaltyAimedAtAStateIsSanctionsItsTradePolicyIsNot(Case c) {
    boolean got = FX.extract(c.title(), c.body()).values(Facet.TOPIC).contains("sanctions");
    assertEquals(c.sanctions(), got, c.kind() + ": " + FX.extract(c.title(), c.body()).values(Facet.TOPIC));
  }
}
