import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an explainer's numbered subheads in bold, quote paragraphs each credited by
// a dash line set under it, two people of one surname among them.
describe('a dash line under a paragraph of quotes outranks what the paragraphs around it suggest', () => {
  const explainer = [
    'The ministers of Varnia and Oskel met for five hours on Monday. Here is what we learned.',
    '**1. Oslavo had warned them**',
    '"Varnia is reaching out to a partner that nobody else will talk to. That tells you where it stands."',
    '— Petra Lunn, foreign ministry spokeswoman',
    '**2. The experts disagree**',
    '"This is the biggest step in their relations for thirty years."',
    '— Ines Dorrow, senior fellow, Kelmar Institute',
    '"Do not overread the handshakes. Both sides are buying time."',
    '— Brandt Dorrow, former diplomat (no relation)',
  ];
  it('credits the dash line, not a bold subhead above read as reported speech', () => {
    expect(speakerOf(explainer, 'reaching out to a partner')).toBe('Petra Lunn');
  });
  it('credits the second of two namesakes on his own line, not as going on from the first', () => {
    expect(speakerOf(explainer, 'This is the biggest step')).toBe('Ines Dorrow');
    expect(speakerOf(explainer, 'overread the handshakes')).toBe('Brandt Dorrow');
  });
});

describe('a bold subhead is no sentence of reported speech', () => {
  it('gives the quote under "**3. Oslavo had warned them**" to no one when nothing credits it', () => {
    const page = [
      'The ministers met for five hours on Monday.',
      '**3. Oslavo had warned them**',
      '"Varnia is reaching out to a partner that nobody else will talk to."',
      'The talks ended without a statement.',
    ];
    expect(speakerOf(page, 'reaching out to a partner')).toBeNull();
  });
  it('still reads a plain sentence of reported speech before a quote standing alone', () => {
    const page = [
      'The ministers met for five hours on Monday.',
      'Oslavo Marten, the envoy, said the talks had gone further than expected.',
      '"We have not been this close in a decade."',
    ];
    expect(speakerOf(page, 'this close in a decade')).toBe('Oslavo Marten');
  });
});
