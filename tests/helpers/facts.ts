/** One key fact of an article: covered when every keyword of one of its groups is in one summary sentence. */
export interface Fact {
  fact: string;
  any: string[][];
}

/** An article of a key-facts fixture (tests/fixtures/summary-facts*.json). */
export interface FactArticle {
  id: string;
  file: string;
  outlet: string;
  published: string;
  facts: Fact[];
}
