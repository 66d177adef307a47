import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { interviewedSpeaker, transcriptTurns } from '../src/quotes/transcript.ts';
import { addresseePhraseBefore, ownPhraseBefore } from '../src/quotes/turn-records.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// A magazine interview written for these tests: the publication's own name labels its questions, the
// interviewee's surname in capitals her answers.
const interview = [
  'Ingrid Solberg runs the fisheries desk at a research centre in Bergen. Tidewatch reached her after the vote at the Akershus Fortress. Her view: "The quotas will not hold."',
  'TIDEWATCH: Ms. Solberg, who won the vote?',
  'SOLBERG: The trawler lobby, mostly. The minister called the deal "a fair catch". I would not go that far. The quotas are, to use my old line, "paper fences in open water".',
  'TIDEWATCH: In your 2019 report you called the fleet "a navy without a war". Is that still true?',
  'SOLBERG: More than ever. As I told the committee, "Nobody counts the fish twice."',
];

function speakers(paras: string[], outlet: string): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2025-05-01', paras, { outlet })));
  return new Map(quotes.map((q) => [q.quote, q.speaker]));
}

describe('voices inside an interview\'s turns', () => {
  it('reads the publication\'s own label as the interviewer and the other speaker as the one interviewed', () => {
    const turns = transcriptTurns(interview, () => false, interview, 'Tidewatch (weekly edition)');
    expect(turns[1]).toMatchObject({ speaker: null, asks: true });
    // (The surname label is the one full name of that surname the text gave before the turn.)
    expect(turns[2]).toMatchObject({ speaker: 'Ingrid Solberg' });
    expect(interviewedSpeaker(turns)).toBe('Ingrid Solberg');
  });

  it('gives the interviewee her own phrase, the interviewer\'s "you called" and the standfirst\'s "Her view:"', () => {
    const got = speakers(interview, 'Tidewatch (weekly edition)');
    expect(got.get('paper fences in open water')).toBe('Ingrid Solberg');
    expect(got.get('Nobody counts the fish twice.')).toBe('Ingrid Solberg');
    expect(got.get('a navy without a war')).toBe('Ingrid Solberg');
    expect(got.get('The quotas will not hold.')).toBe('Ingrid Solberg');
    expect(got.get('a fair catch')).not.toBe('Ingrid Solberg');
  });

  it('a "you" in a turn of a document with no interviewer, or two answering, is no one\'s', () => {
    const panel = [
      'TIDEWATCH: You called the fleet "a navy without a war". Which of you is right?',
      'SOLBERG: I am, naturally.',
      'HAUGEN: We both are.',
    ];
    expect(interviewedSpeaker(transcriptTurns(panel, () => true, panel, 'Tidewatch'))).toBeNull();
    expect(speakers(panel, 'Tidewatch').get('a navy without a war')).toBeNull();
  });
});

describe('the frames that make a quote the turn speaker\'s own, or the one addressed', () => {
  it('reads "I" or "my" framing the quote, not an "I" inside another\'s clause', () => {
    expect(ownPhraseBefore('The plan is, to use my favourite phrase, ')).toBe(true);
    expect(ownPhraseBefore('As I put it at the time, ')).toBe(true);
    expect(ownPhraseBefore('I called it ')).toBe(true);
    expect(ownPhraseBefore('I said then that the quota was ')).toBe(true);
    expect(ownPhraseBefore('A skipper I met in Ålesund described the quota to me as ')).toBe(false);
    expect(ownPhraseBefore('I said that the minister called it ')).toBe(false);
  });
  it('reads "you" or "your" framing the quote', () => {
    expect(addresseePhraseBefore('In your book you called the fleet ')).toBe(true);
    expect(addresseePhraseBefore('You once said that the quota was ')).toBe(true);
    expect(addresseePhraseBefore('In your words, ')).toBe(true);
    expect(addresseePhraseBefore('You said the minister called it ')).toBe(false);
    expect(addresseePhraseBefore('Your rival called the fleet ')).toBe(false);
  });
});

describe('questions in bold between one person\'s turns', () => {
  it('gives a "you wrote" in a bold question to the one who answers', () => {
    const qa = [
      'Our reporter spoke with Tomas Vikander, who ran the port authority for a decade.',
      '**What went wrong at the port?**',
      'TV: Everything that could. The dredging came late and the money came later.',
      '**You wrote in 2020 that the harbour was "a bathtub with a ferry in it." Do you still think so?**',
      'TV: I do. It is still a bathtub.',
    ];
    const got = speakers(qa, 'Harbour Weekly');
    expect(got.get('a bathtub with a ferry in it.')).toBe('Tomas Vikander');
  });
});
