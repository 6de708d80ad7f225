package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the miner keeps from a handful of articles; no server. */
class OrganisationMinerTest {

  private static List<String> names(OrganisationMiner miner, int minArticles, double minShare) {
    return miner.names(minArticles, minShare).stream().map(OrganisationMiner.MinedName::name).toList();
  }

  @Test
  void namesOtherArticlesCallAnOrganisationAreKept() {
    OrganisationMiner miner = OrganisationMiner.create();
    miner.add("Phones", "The mobile phone maker Sendo said on Monday it would cut jobs.");
    miner.add("Phones", "Shares in Sendo fell sharply in London.");
    miner.add("Results", "Parmalat SpA said its profits rose. Parmalat's chairman agreed.");
    miner.add("Bonds", "The creditor banks include <Banque Paribas> and <Fletcher Challenge Ltd>, it said.");
    List<OrganisationMiner.MinedName> mined = miner.names(1, 0.5);
    assertEquals(List.of("Banque Paribas", "Fletcher Challenge", "Parmalat", "Sendo"), names(miner, 1, 0.5));
    assertEquals(new OrganisationMiner.MinedName("Sendo", 2, Set.of("cue"), 2), mined.get(3),
        "two articles with a cue, and it stands as a whole run in both");
    assertEquals(List.of("Sendo"), names(miner, 2, 0.5), "the others had evidence in one article only");
  }

  @Test
  void tickersCommonWordsAndSurnamesAreLeftOut() {
    OrganisationMiner miner = OrganisationMiner.create();
    miner.add("Stocks", "Volkswagen <VOWG.F> shares rose.");
    miner.add("Deal", "Analysts at Quorn said so. The firm Gates agreed.");
    for (int i = 0; i < 3; i++) {
      miner.add("Dinner " + i, "They ate Quorn on Monday. He met Bill Gates, and Gates said he was pleased.");
    }
    assertEquals(List.of(), names(miner, 1, 0.5), "Quorn stands alone in more articles than it is called a firm in");
    assertEquals(List.of("Quorn"), names(miner, 1, 0.0), "Gates is a person's surname in three articles");
  }
}
