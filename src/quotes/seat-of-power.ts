/**
 * A leader described by the seat of their power, as wires write them, above all translated ones ("el jefe del
 * Kremlin" → "the head of the Kremlin", "the Kremlin boss", "the tenant of the Elysee"): the leader of the
 * country whose seat it is, read as "the Russian leader" would be.
 */

// Seats that stand for the one who leads a country, with the people's adjective of that country.
const SEATS: readonly [RegExp, string][] = [
  [/Kremlin/u, 'Russian'],
  [/[EÉ]lys[eé]e(?:\s+Palace)?/u, 'French'],
  [/Downing\s+Street/u, 'British'],
  [/Blue\s+House/u, 'South Korean'],
  [/Zhongnanhai/u, 'Chinese'],
  [/Casa\s+Rosada/u, 'Argentine'],
  [/Moncloa(?:\s+Palace)?/u, 'Spanish'],
];

// Nouns for one who heads a place: "the head of", "the master of", "the tenant of" (a translated "inquilino").
const HEAD = '(?:head|chief|boss|leader|master|tenant|occupant|strongman)';
const SEAT = `(?:${SEATS.map(([re]) => re.source).join('|')})`;

/** The whole of a description of a leader by a seat: "the head of the Kremlin", "the Kremlin boss". */
const SEAT_LEADER = new RegExp(`^(?:the\\s+)?(?:${HEAD}\\s+of\\s+(?:the\\s+)?(${SEAT})|(${SEAT})\\s+${HEAD})$`, 'iu');

/**
 * "the Russian leader" for "the head of the Kremlin" or "the Kremlin boss" (the description as the people's
 * adjective of the seat's country and "leader"), else null: "the Kremlin spokesman" or "the head of the
 * Kremlin administration" is someone else.
 */
export function seatLeader(description: string): string | null {
  const m = SEAT_LEADER.exec(description.trim());
  if (!m) return null;
  const seat = m[1] ?? m[2]!;
  const people = SEATS.find(([re]) => new RegExp(`^${re.source}$`, 'iu').test(seat))?.[1];
  return people ? `the ${people} leader` : null;
}

/** Whether `words` (the "of" phrase's object, "the" left off) name a seat that stands for a leader. */
export function isSeatOfPower(words: string): boolean {
  return new RegExp(`^${SEAT}$`, 'u').test(words.trim());
}
