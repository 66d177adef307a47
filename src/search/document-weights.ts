import type { QueryGroup } from './query-plan.ts';

/**
 * In a corpus of many documents a question's words weigh by their rarity over the corpus, which picks the
 * document; but a document's passages are told apart by the words rare within it. "Where did the Broncos
 * practice for the Super Bowl?" in a corpus of 48 articles is about the Super Bowl article, and within that
 * article about "practice", since every passage of it says "Super Bowl". The rerank (rank-top.ts)
 * orders the candidates of one document by a mix of the corpus's weights and the document's own, this
 * share the document's: on SQuAD v1.1 dev, all 48 articles in one corpus, first place 81.70% → 82.37% and
 * top three 91.82% → 92.12% (shares from 0.5 to 0.8 all gave 92.0-92.1%). The document with the best
 * candidate is still the one the corpus's weights pick.
 */
export const DOCUMENT_SHARE = 0.7;

/**
 * The question's groups weighed for one passage with DOCUMENT_SHARE of each word's weight taken from its
 * rarity within the passage's document (`size` passages, `frequency` of them holding a term), scaled to the
 * corpus's idf range (`maxIdf`); and `ratio`, how much the passage's BM25 sum and idf coverage change with
 * those weights (its sentences' terms `terms`, against passages of `averageLength` terms, BM25+ `bm25`).
 */
export function documentWeights(
  groups: readonly QueryGroup[],
  terms: readonly (readonly string[])[],
  size: number,
  frequency: (term: string) => number,
  maxIdf: number,
  averageLength: number,
  bm25: { k: number; b: number; d: number },
): { groups: QueryGroup[]; ratio: number } {
  const localMax = Math.log(1 + (size + 0.5) / 0.5);
  const all = terms.flat();
  const norm = bm25.k * (1 - bm25.b + (bm25.b * all.length) / averageLength);
  let sumCorpus = 0;
  let sumOwn = 0;
  let weightCorpus = 0;
  let weightOwn = 0;
  let metCorpus = 0;
  let metOwn = 0;
  const out = groups.map((g) => {
    let df = 0;
    for (const t of g.alternatives) df = Math.max(df, frequency(t));
    const own = (Math.log(1 + (size - df + 0.5) / (df + 0.5)) / localMax) * maxIdf;
    const idf = Math.pow(g.idf, 1 - DOCUMENT_SHARE) * Math.pow(own, DOCUMENT_SHARE);
    // The term frequency as the rerank's sentence matching counts it: the term, or a longer word it begins.
    let tf = 0;
    for (const x of all) if (g.alternatives.some((t) => x === t || (t.length >= 4 && x.startsWith(t)))) tf++;
    weightCorpus += g.idf;
    weightOwn += idf;
    if (tf > 0) {
      const part = bm25.d + (tf * (bm25.k + 1)) / (tf + norm);
      sumCorpus += g.idf * part;
      sumOwn += idf * part;
      metCorpus += g.idf;
      metOwn += idf;
    }
    return { ...g, idf };
  });
  const ratio = sumCorpus > 0 && metCorpus > 0 && weightOwn > 0 ? (sumOwn / sumCorpus) * (metOwn / weightOwn / (metCorpus / weightCorpus)) : 1;
  return { groups: out, ratio };
}
