import { it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';
import { doc, passagesOf } from './helpers/docs.ts';
const cases: string[][] = [
  ['Obama won Iowa that night.', 'Obama consultant Cornell Belcher, the highest-ranking pollster, picked up a similar thread at the time. "They have a lot in common," he said.'],
  ['Donald J. Trump arrived.', 'Ivanka Trump spoke first.', 'Mr. Trump said a smaller jet would cost more. "It was more plane than I needed," he wrote.'],
  ['Christine Todd Whitman, the former New Jersey governor, said she would vote for Clinton.', 'Christie defended his endorsement this week.', '"I have known him for 14 years," the governor said.'],
];
it('probe', () => {
  for (const c of cases) {
    const { quotes } = extractQuotes(passagesOf(doc('p', '2024-05-02', c)));
    console.log(c.join(' / ').slice(0, 90), '\n   =>', quotes.map((q) => `${q.quote.slice(0, 20)} :: ${q.speaker}`).join(' | '));
    console.log(scanNameMentions(c).map((m) => `${m.name} [${m.role}]`).join('; '));
  }
});
