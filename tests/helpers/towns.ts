import { SearchIndex } from '../../src/search/search.ts';
import { doc, passagesOf } from './docs.ts';

/** An invented two-town report where one paragraph gives the towns a name others call them by and another a party's own word. */
export const NAMED_TOWNS = [
  'The mayors of Eastburg and Westfield met on Friday at the old mill to talk about roads and water.',
  'The mayors of the two towns, which some call "the rust twins," spoke about the closed factories.',
  'Ann Holt of Eastburg backed Westfield over what it calls a "trade corridor" to the coast.',
  'Eastburg needs new pipes, and Westfield wants more buses for its schools.',
  'Westfield and Eastburg have quarrelled over the river for years.',
  'Officials in Westfield said Eastburg owes it money for the bridge.',
  'Eastburg hopes Westfield will share its new fire station.',
];

/** An invented two-town report where only the third paragraph has Eastburg speak. */
export const TOLL_ROAD = [
  'The mayors of Eastburg and Westfield agreed on Friday to build a toll road between the towns.',
  'Eastburg has debts, and Eastburg fears that the road will leave Eastburg with higher taxes.',
  'On the toll road, Eastburg said "it is a matter for the two mayors," keeping its distance.',
  'Westfield hopes the road will bring shoppers from the coast.',
];

/** The id of the passage `question` puts first in a one-document corpus of `paragraphs`. */
export function firstPassage(paragraphs: string[], question: string): string | undefined {
  const d = doc('towns', '2024-03-08', paragraphs);
  return SearchIndex.build(passagesOf(d), [d]).ask(question, 3)[0]?.passage;
}
