import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('gives "he wrote" to the person the writer introduces by a relation ("My colleague Tomás Quiroga")', () => {
  const got = speakers(['My colleague Tomás Quiroga spent a month at the crossing. In a long message he wrote to me: "The lorries are fewer than anyone admits."']);
  expect(got.get('The lorries are')).toBe('Tomás Quiroga');
});

it('gives a quote to the person a sentence of stance before it names ("Our colleague Ana Ruiz was less sure.")', () => {
  const got = speakers([
    'Most traders welcomed the accord. Our colleague Ana Ruiz was less sure. "Nothing in the text binds either side," she said.',
    'Sven Dahl, who runs a mill, was more cautious. "Contracts come later."',
  ]);
  expect(got.get('Nothing in the')).toBe('Ana Ruiz');
  // (A "who" clause set off after the full name leaves it the stance sentence's subject.)
  expect(got.get('Contracts come later.')).toBe('Sven Dahl');
  expect(speakers(['Most traders welcomed it. Sven Dahl was more cautious. "Contracts come later."']).get('Contracts come later.')).toBe('Sven Dahl');
});

it('reads the writer\'s possessive descriptions as speakers, tied to a name only when the text ties them', () => {
  const got = speakers(['"Never trust a lock keeper," my late father said.', '"We sign nothing this year," our foreign minister said on Monday.']);
  expect(got.get('Never trust a')).toBe('my late father');
  expect(got.get('We sign nothing')).toBe('our foreign minister');
  const tied = speakers(['Foreign Minister Lena Maas flew to Oslo on Sunday.', '"We sign nothing this year," our foreign minister said on Monday.']);
  expect(tied.get('We sign nothing')).toBe('Lena Maas');
});

it('credits the owner of writings that make a point before a colon, not one the writings quote', () => {
  const got = speakers([
    'Lena Fischer studied the timber trade for decades. Fischer\'s later work sharpens the point: "Tariffs shape the trade more than any treaty."',
    'Ivan Sorel covered the line in the 1990s. Sorel\'s book quotes a guard: "Nobody checked the wagons."',
  ]);
  expect(got.get('Tariffs shape the')).toBe('Lena Fischer');
  expect(got.get('Nobody checked the')).not.toBe('Ivan Sorel');
});

it('gives the quote to one who was asked and then said it', () => {
  const got = speakers(['Maria Lenz was asked about the delays and said "the contracts will be reviewed in full".', 'Karl Wei was asked by host Tom Reed, "Will the bridge open?"']);
  expect(got.get('the contracts will')).toBe('Maria Lenz');
  expect(got.get('Will the bridge')).not.toBe('Karl Wei');
});

it('does not credit a clause subject that only begins something ("Grain transfers could begin "within months".")', () => {
  const got = speakers(['Timber shipments could begin "within weeks".', 'Ferry crossings could start "before the thaw", port officials said.', 'The mayor began: "Friends, the bridge is open."']);
  expect(got.get('within weeks')).toBeNull();
  expect(got.get('before the thaw')).toBe('port officials');
  expect(got.get('Friends, the bridge')).toBe('the mayor');
  expect(speakers(['Ole Dahl stayed in the race, but he began talking about what would happen "if we lose."']).get('if we lose.')).toBe('Ole Dahl');
});

it('gives "he told reporters" to the person the sentence before cites with "according to"', () => {
  const got = speakers([
    'The talks would resume in spring, according to Alexander Lukashenko. "We have agreed on the main points," he told reporters, according to TASS.',
    'Trade would grow, according to Anna Petrova. "Prices are settled," he said.',
  ]);
  expect(got.get('We have agreed')).toBe('Alexander Lukashenko');
  expect(got.has('Prices are settled')).toBe(true);
  expect(got.get('Prices are settled')).not.toBe('Anna Petrova');
});

it('reads a surname the tagger takes for a verb as the subject of the reporting verb after it ("Wood answered that ...")', () => {
  const got = speakers(['Anna Wood, a Treasury official, testified first.', 'Wood answered that the department was preparing "new listings" and that Berlin was talking to Paris "every week."']);
  expect(got.get('new listings')).toBe('Anna Wood');
  expect(got.get('every week.')).toBe('Anna Wood');
});

it('gives "he wrote" to the relation-named subject whose relative clause runs past the opening words', () => {
  const got = speakers(['My colleague Tomás Quiroga, who read an early draft of this report, objected to my framing. "You are treating the port as a sideshow," he wrote to me.']);
  expect(got.get('You are treating')).toBe('Tomás Quiroga');
});

it('gives "he told reporters" to a surname alone cited by "according to" when no one else is named', () => {
  const got = speakers(['The site was chosen with care, according to Lukashenko. "Our guests like rockets," he told reporters, according to TASS.']);
  expect(got.get('Our guests like')).toBe('Lukashenko');
  const rival = speakers(['The site was chosen with care, according to Lukashenko, who met Oleg Surkov there. "Our guests like rockets," he told reporters.']);
  expect(rival.get('Our guests like')).not.toBe('Lukashenko');
});

it('leaves to the writer what "I laughed and said" reports, not to someone in the clause of time before', () => {
  const got = speakers(['Once, when my aunt mentioned the war to me, I laughed and said, "I do not believe in wars."', 'When Anna Berg mentioned the war, Olga Lind laughed and said, "Wars end."']);
  expect(got.get('I do not')).toBeNull();
  expect(got.get('Wars end.')).toBe('Olga Lind');
});
