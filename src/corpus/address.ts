import { lookup as lookupCallback, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { IngestError } from './ingest-error.ts';

/** Names ipaddr.js gives the ranges it knows, as a person would read them in a refusal. */
const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a private (unique local) network address',
  unspecified: 'an unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/**
 * Why an IP address is not on the public internet, or null when it is. Anything ipaddr.js does not call
 * plain `unicast` (loopback, private, link-local, unique local, documentation, 6to4, Teredo, ...) counts
 * as not public; IPv4 written as IPv6 (::ffff:10.0.0.1) or reached through NAT64 (64:ff9b::10.0.0.1) is
 * judged as the IPv4 address it is.
 */
export function nonPublicReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return `"${address}", which is not an IP address`;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (range === 'rfc6052' && parsed.kind() === 'ipv6') {
    // NAT64 (64:ff9b::/96): an IPv6-only network's way to reach an IPv4 address, judged as that address.
    const bytes = parsed.toByteArray().slice(12);
    const inner = new ipaddr.IPv4(bytes);
    return inner.range() === 'unicast' ? null : `${parsed.toString()}, which stands for ${nonPublicReason(inner.toString())}`;
  }
  return `${parsed.toString()}, ${RANGE_WORDS[range] ?? `an address not on the public internet (${range})`}`;
}

/** Whether ingesting from private addresses is allowed: INGEST_ALLOW_PRIVATE=1 (tests, intranets). */
export function allowPrivateFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.INGEST_ALLOW_PRIVATE?.trim() === '1';
}

/**
 * Resolves the host of an address and refuses it (IngestError 'not_public') when any address it resolves
 * to is not public: a name that resolves to both a public and a private address could be sent to either.
 * Returns the addresses. With `allowPrivate`, only checks that the name resolves. `reasonFor` says why an
 * address is refused (nonPublicReason unless a test narrows it).
 */
export async function checkPublicHost(url: URL, allowPrivate: boolean, reasonFor: (address: string) => string | null = nonPublicReason): Promise<string[]> {
  // URL keeps IPv6 literals in brackets.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (err) {
      throw new IngestError('fetch_failed', `Cannot fetch ${url.href}: the name ${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
    }
  }
  if (allowPrivate) return addresses;
  for (const address of addresses) {
    const reason = reasonFor(address);
    if (reason !== null) {
      throw new IngestError(
        'not_public',
        `Refused ${url.href}: ${host === address ? 'it is' : `${host} resolves to`} ${reason}. Only pages on the public internet can be added (set INGEST_ALLOW_PRIVATE=1 to allow private addresses, e.g. on an intranet).`,
      );
    }
  }
  return addresses;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for the sockets a fetch opens: it resolves the name as usual and refuses the connection
 * (with an IngestError 'not_public') when any address is not public, so the address connected to is the
 * address checked, even if the name's DNS answer changed since `checkPublicHost` looked.
 */
export function guardedLookup(reasonFor: (address: string) => string | null = nonPublicReason) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookupCallback(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      for (const a of addresses) {
        const reason = reasonFor(a.address);
        if (reason !== null) {
          return callback(
            new IngestError('not_public', `Refused http(s)://${hostname}: it resolves to ${reason} when connecting. Only pages on the public internet can be added.`) as NodeJS.ErrnoException,
            '',
          );
        }
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}
