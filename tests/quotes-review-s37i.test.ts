import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Look-alike sentences written for a review of session 37's new rules (invented names): where a new rule read
// past its own case and credited the wrong person.
describe('"X was quoting Y when Z said:" with a third person speaking', () => {
  it('a name the sentence had not given, speaking in the clause, speaks for itself', () => {
    const paras = ['Greta Holm was quoting Piet Lund when Anneke Vos said: "Enough of the past."'];
    expect(speakerOf(paras, 'Enough of the past.')).toBe('Anneke Vos');
  });
  it('the subject named again in the clause is still a relay of the one quoted', () => {
    const paras = ['Greta Holm was quoting Piet Lund when Holm said: "A town is its harbour."'];
    expect(speakerOf(paras, 'A town is its harbour.')).toBe('Piet Lund');
  });
});

describe('"X spoke to reporters." before a quote standing alone', () => {
  it('not when a clause after it has speakers of its own', () => {
    const paras = ['Odo Bram spoke to reporters, who asked about Lise Marr. "Will she resign?"'];
    expect(speakerOf(paras, 'Will she resign?')).toBeNull();
  });
  it('not when another person is named beside the speaking', () => {
    const paras = ['Odo Bram spoke to reporters after Lise Marr.', '"We will appeal the ruling."'];
    expect(speakerOf(paras, 'We will appeal the ruling.')).toBeNull();
  });
  it('still where and when she spoke', () => {
    const paras = ['Lise Marr spoke to reporters in Dunmore on Monday.', '"We will appeal the ruling."'];
    expect(speakerOf(paras, 'We will appeal the ruling.')).toBe('Lise Marr');
  });
});

describe('a name ending in Hall, Bridge or Lane after a given name the name lists know', () => {
  it('is a person\'s: a bare "Hall" after it is that person', () => {
    const paras = ['Ruth Oake opened the meeting. Ngozi Hall, the treasurer, spoke next.', '"We are ready," Hall said.'];
    expect(speakerOf(paras, 'We are ready')).toBe('Ngozi Hall');
  });
  it('and a "she" after it may be hers', () => {
    const paras = ['Tom Weir chaired the meeting. Anouk Lane, who runs the shop, was angry. "We are ready," she said, as Ruth Oake watched.'];
    expect(speakerOf(paras, 'We are ready')).toBe('Anouk Lane');
  });
  it('a place\'s word after no given name stays a place', () => {
    const paras = ['The protest moved to Hollins Bridge, where Sara Crane said: "We will not be moved."'];
    expect(speakerOf(paras, 'We will not be moved.')).toBe('Sara Crane');
  });
});

describe('"Sister GIVEN" when two people share the given name', () => {
  it('is the one introduced with the title, not the namesake named after her', () => {
    const paras = ['Sister Bridget Alder and Bridget Mohan both teach at the convent school. Sister Bridget said the roof leaks.', '"We need help before the winter," Sister Bridget said.'];
    expect(speakerOf(paras, 'We need help before the winter')).toBe('Bridget Alder');
  });
});

describe('"she" after "joined by his sister NAME" when another woman is there unnamed', () => {
  it('is no one when the sentence brings on another of that gender', () => {
    const paras = ['Peter Brandt was joined at the gate by his sister Karen Brandt, 35, and his mother. "Go home," she was heard telling one of the guards.'];
    expect(speakerOf(paras, 'Go home')).toBeNull();
  });
  it('is the sister when she is the one woman there', () => {
    const paras = ['Peter Brandt was joined at the gate by his sister Karen Brandt, 35, who runs a bakery in town. "Go home," she was heard telling one of the guards.'];
    expect(speakerOf(paras, 'Go home')).toBe('Karen Brandt');
  });
});

describe('"the professor" for a retired professor when the text gives the calling to another too', () => {
  it('is no one when another person named is a professor', () => {
    const paras = ['Hilde Varga, a retired professor of law, met Jonas Pell, a professor of music.', '"The law is slow but it is fair," the professor said.'];
    expect(speakerOf(paras, 'The law is slow but it is fair')).not.toBe('Hilde Varga');
  });
  it('is no one when another person named was one formerly too', () => {
    const paras = ['Hilde Varga, a former rocket engineer, met Jonas Pell, a former engineer at the shipyard.', '"It will fly in the spring," the engineer said.'];
    expect(speakerOf(paras, 'It will fly in the spring')).not.toBe('Hilde Varga');
  });
  it('is still the retired professor when she is the only one', () => {
    const paras = ['Hilde Varga, a retired professor of law, spoke at the hearing.', '"The law is slow but it is fair," the professor said.'];
    expect(speakerOf(paras, 'The law is slow but it is fair')).toBe('Hilde Varga');
  });
});
