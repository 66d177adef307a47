import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { bracketCaption } from '../src/quotes/bracket-caption.ts';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import { mainClauseSubject } from '../src/quotes/main-clause-subject.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function speakers(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-03-01', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker ?? null };
}

it('reads a news script\'s bracketed insert caption ("[SOUNDBITE] NAME / title") as the voice of the quotation under it', () => {
  const got = speakers([
    '[ANCHOR]\nThe ferry strike enters its third day. Our reporter Mina Sato has more from the harbour.',
    '[REPORT]\nThe union says its members will stay out until the rota is changed.',
    '[SOUNDBITE] Dariusz Kowal / Secretary, Harbour Workers Union\n"We will not go back until the rota is fixed."',
    '[INTERVIEW] Commuter in her 30s\n"I have walked to work for two days now."',
    '[SOUNDBITE] Port authority official (voice altered)\n"The pier could reopen within a week."',
    '[STAND-UP] Mina Sato / Reporter\n"The pier is silent tonight, and nobody expects that to change soon."',
    '[ANCHOR]\nThe council said in a statement that talks were "ongoing".',
  ]);
  expect(got.get('We will not go back')).toBe('Dariusz Kowal');
  expect(got.get('I have walked')).toBe('a commuter in her 30s');
  expect(got.get('The pier could reopen')).toBe('a port authority official');
  expect(got.get('The pier is silent')).toBe('Mina Sato');
  expect(got.get('ongoing')).not.toBe('Mina Sato');
});

it('takes no caption from a bracketed tag followed by prose, or by a quotation with prose after it', () => {
  const text = '[SOUNDBITE] The mayor said the work was "nearly done".';
  expect(bracketCaption(text, findQuoteSpans(text))).toBeNull();
  const after = '[INTERVIEW] Dariusz Kowal / Secretary "We will not go back," he said on Friday.';
  expect(bracketCaption(after, findQuoteSpans(after))).toBeNull();
  const named = '[SOUNDBITE] Dariusz Kowal / Secretary, Harbour Workers Union "We will not go back."';
  expect(bracketCaption(named, findQuoteSpans(named))).toMatchObject({ speaker: { type: 'name', name: 'Dariusz Kowal' }, role: 'secretary, harbour workers union' });
});

it('gives a quote inside a fronted "When NAME said on the radio," clause to that clause\'s subject, not the main clause\'s', () => {
  const got = speakers([
    'The harbour master, Zhenya Moravec, and the ferry owner, Kit Quaile, have argued over the new pier for a decade.',
    'When Moravec said on the radio, "The pier will open in May," Quaile laughed.',
    'When Quaile told reporters at the gate, "Nobody has asked us," Moravec walked away.',
  ]);
  expect(got.get('The pier will open')).toBe('Zhenya Moravec');
  expect(got.get('Nobody has asked us')).toBe('Kit Quaile');
});

it('lets a "he said" after such a sentence go on with its main clause\'s subject', () => {
  const got = speakers([
    'The transport minister, Kit Quaile, spoke on the evening news. I watched it in a bar next to a retired ferry pilot, Zhenya Moravec, who has crossed the strait for forty years.',
    'When Quaile said on screen, "The new pier will be ready by spring," Moravec laughed. "He says that every winter," he said.',
  ]);
  expect(got.get('The new pier will be ready')).toBe('Kit Quaile');
  expect(got.get('He says that every winter')).toBe('Zhenya Moravec');
  expect(mainClauseSubject('When Quaile said on screen, "_____," Moravec laughed.')).toBe('Moravec');
  expect(mainClauseSubject('After the vote, the harbour emptied.')).toBeNull();
});

it('sets up one described who asks the writer something, or declines to say, to speak for the "he said" after', () => {
  const got = speakers([
    'The quay was closed to the public on Friday.',
    'A harbour guard, who would not give his name, asked us to put the camera away. "Not today," he said.',
    'A spokesman for Tidewell Ferries, the operator of the route, declined to give passenger numbers. "We never publish them," he said by telephone.',
    'A deckhand asked us to move our car. "You are blocking the ramp," he said.',
  ]);
  expect(got.get('Not today')).toBe('a harbour guard');
  expect(got.get('We never publish them')).toBe('a spokesman for Tidewell Ferries');
  // (The deckhand, a noun the roles lack, is not taken in, but stands between: the spokesman is not meant.)
  expect(got.get('You are blocking')).not.toBe('a spokesman for Tidewell Ferries');
});

it('takes the writer\'s own helper named after "My fixer," as the subject a later "she told me" means', () => {
  const got = speakers([
    'The ferry was two days late.',
    'My fixer, Dana Kovacs, had heard about the delay from a friend at the port. "My friend is never wrong about boats," she told me.',
    'Our driver, a retired teacher named Lorcan Whitby, was less sure. "The port always says two days," he said.',
  ]);
  expect(got.get('My friend is never wrong')).toBe('Dana Kovacs');
});

it('reads "The woman who answered said only:" as a described speaker with her defining clause', () => {
  const got = speakers([
    'The ferry was two days late.',
    'I called the port office. The woman who answered said only: "We have no information about the ferry."',
    'A man who answered the door at the depot said: "Nobody is here today."',
  ]);
  expect(got.get('We have no information')).toBe('the woman');
  expect(got.get('Nobody is here today')).toBe('a man');
});
