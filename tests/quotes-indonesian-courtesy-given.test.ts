import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: the Indonesian and Malay courtesy words "Pak"/"Bapak" and "Bu"/"Ibu" before a
// given name the text gave in full before.
describe('"Pak GIVEN" / "Bu GIVEN" stand for the one named in full with that given name', () => {
  const market = ['Joko Pranoto runs a fish stall at the Lamora market. Dewi Kusumawati, his neighbour, sells rice.'];
  it('"Pak GIVEN said" is the man named before', () => {
    expect(speakerOf([...market, '“Prices went up after the storm,” Pak Joko said.'], 'Prices went up')).toBe('Joko Pranoto');
  });
  it('"Bu GIVEN" and "Ibu GIVEN" are the woman named before', () => {
    expect(speakerOf([...market, '“Nobody warned the stalls,” Bu Dewi said.'], 'Nobody warned')).toBe('Dewi Kusumawati');
    expect(speakerOf([...market, 'Asked about the harbour, Ibu Dewi was blunt: “It is closed until June.”'], 'closed until June')).toBe('Dewi Kusumawati');
  });
  it('two people of one given name: neither', () => {
    const paras = ['Joko Pranoto and Joko Santika run fish stalls at the Lamora market.', '“Prices went up after the storm,” Pak Joko said.'];
    const who = speakerOf(paras, 'Prices went up');
    expect(who).not.toBe('Joko Pranoto');
    expect(who).not.toBe('Joko Santika');
  });
  it('a surname Pak in the text (Korean): "Pak GIVEN" is no courtesy form', () => {
    const paras = ['Roman Pak and his sister Vera Pak came to Lamora in the spring.', '“It will wait,” Pak Roman said.'];
    expect(speakerOf(paras, 'It will wait')).not.toBe('Roman Pak');
  });
  it('before the full name is given, the courtesy form is nobody named', () => {
    const paras = ['“Prices went up after the storm,” Pak Joko said.', 'Joko Pranoto runs a fish stall at the Lamora market.'];
    expect(speakerOf(paras, 'Prices went up')).not.toBe('Joko Pranoto');
  });
});
