/**
 * A small, honest fake Discord on 127.0.0.1 for end-to-end tests: the REST routes the bot uses (answered
 * the way Discord documents them) and a gateway WebSocket (HELLO, IDENTIFY, READY, GUILD_CREATE,
 * heartbeats, dispatches). Every request body is checked against Discord's published API schema
 * (`discord-api-spec/zod`) plus the documented limits the schema leaves out; a body Discord would reject
 * gets a 400 and is recorded in `rejections`, which the tests expect to stay empty.
 *
 * Faults can be injected the way the network and Discord produce them: a gateway socket cut without a
 * close frame, RECONNECT (op 7), INVALID SESSION (op 9), heartbeats left unacknowledged, and REST answers
 * of 429 (with Discord's rate-limit headers), 500, "Unknown interaction", a reset socket, or a refused
 * connection (the listener is closed for a while). Sessions can be resumed (op 6 → replay → RESUMED).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandUpdateRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  IncomingWebhookRequestPartialSchema,
  IncomingWebhookUpdateRequestPartialSchema,
  UpdateMessageInteractionCallbackRequestSchema,
} from 'discord-api-spec/zod';

/** One request the bot made. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The interaction token or webhook token the request is about, when there is one. */
  token?: string;
  /** The HTTP status answered; 0 when the fake reset the socket instead. */
  status: number;
  /** performance.now() when the request arrived, before its body was read and checked. */
  receivedAt: number;
}

export interface Rejection {
  method: string;
  path: string;
  problems: string[];
  body: unknown;
}

interface SafeParser {
  safeParse(v: unknown): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

interface MessageLike {
  content?: string | null;
  embeds?: { title?: string | null; description?: string | null; footer?: { text?: string | null } | null; author?: { name?: string | null } | null; fields?: { name: string; value: string }[] | null }[] | null;
  components?: { type: number; components?: { type: number; custom_id?: string | null; label?: string | null }[] }[] | null;
}

/** A REST fault the fake answers one matching request with, instead of the real answer. */
export type RestFault =
  /** 429 with `retry_after` in the body and Discord's rate-limit headers. */
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /** 500 Internal Server Error. */
  | { kind: 'server-error' }
  /** 404 "Unknown interaction" (10062; "Unknown Webhook", 10015, on the webhook routes): the token expired, and every later request about it fails too. */
  | { kind: 'unknown-interaction' }
  /** The socket is destroyed without an answer. */
  | { kind: 'reset' };

/** Which requests a REST fault applies to. */
export type RequestMatcher = (r: { method: string; path: string }) => boolean;

export const isInteractionCallback: RequestMatcher = (r) => r.method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(r.path);
export const isOriginalEdit: RequestMatcher = (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original');

export interface FakeOptions {
  token?: string;
  /** The heartbeat_interval sent in HELLO (Discord's is about 41 s; fault tests use a short one). */
  heartbeatIntervalMs?: number;
  /** Keep only this many recorded requests, the latest (a soak makes thousands); default all. */
  recordLimit?: number;
  /**
   * The servers the bot is in (default one, FAKE.guildId). A session identified with `shard: [id, count]`
   * gets only the servers Discord routes to that shard: `(guild_id >> 22) % count === id`.
   */
  guilds?: FakeGuild[];
  /** The `shards` /gateway/bot recommends (default 1). */
  recommendedShards?: number;
  /**
   * Check message bodies against Discord's schema (default true). The load benchmark turns it off: the
   * checks cost about a millisecond a request on the cores the bot needs, and the tests make them anyway.
   */
  schemaChecks?: boolean;
}

/** A server the fake bot is in, with its one text channel. */
export interface FakeGuild {
  id: string;
  channelId: string;
}

/** The shard Discord sends a server's events to; events outside any server go to shard 0. */
export function shardOf(guildId: string | undefined, shardCount: number): number {
  if (!guildId) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A dispatch's delivery to one gateway session. */
export interface Delivery {
  t: string;
  session: string;
  shard: [number, number];
  guildId: string | undefined;
  /** The interaction token, for INTERACTION_CREATE. */
  token: string | undefined;
}

/** What happened on the gateway, in order, for tests to wait on and check. */
export type GatewayEvent = 'READY' | 'RESUMED' | 'INVALID_SESSION' | 'RECONNECT' | 'TERMINATED' | 'HEARTBEAT' | 'HEARTBEAT_UNACKED';

interface Session {
  id: string;
  ws: WebSocket | null;
  /** [shard_id, num_shards] from IDENTIFY; [0, 1] when the bot did not shard. */
  shard: [number, number];
  /** Dispatches sent while the session had no socket, replayed on RESUME. */
  missed: string[];
}

/** How many dispatches a disconnected session keeps for a resume. */
const MISSED_LIMIT = 1000;

export const FAKE = {
  token: 'fake.bot.token-0123456789abcdefghijklmnop',
  applicationId: '100000000000000001',
  guildId: '200000000000000002',
  channelId: '300000000000000003',
  botUserId: '100000000000000001',
} as const;

let snowflakeCounter = 0n;
/** A fresh snowflake with the current time in it, as Discord makes them. */
/** The bot user as Discord shows it on the bot's messages. */
export const BOT_AUTHOR = { id: FAKE.botUserId, username: 'Summit Sources', discriminator: '0', global_name: null, avatar: null, bot: true };

/** A message object as Discord returns it: the given fields over the defaults of a plain message by the bot. */
export function messageObject(fields: Record<string, unknown> & { content?: string | null; embeds?: unknown[] | null; components?: unknown[] | null }): { id: string } & Record<string, unknown> {
  return {
    id: snowflake(),
    type: 0,
    channel_id: FAKE.channelId,
    author: BOT_AUTHOR,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    flags: 0,
    ...fields,
    content: fields.content ?? '',
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
  };
}

export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1n) % 4096n;
  return String(((BigInt(Date.now()) - 1420070400000n) << 22n) | snowflakeCounter);
}

function issues(schema: SafeParser, body: unknown): string[] {
  const r = schema.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`);
}

/** Documented limits the schema does not encode (or encodes loosely). */
function messageLimits(body: MessageLike | null | undefined): string[] {
  if (!body || typeof body !== 'object') return [];
  const out: string[] = [];
  let total = 0;
  for (const [i, e] of (body.embeds ?? []).entries()) {
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text?.length ?? 0) + (e.author?.name?.length ?? 0);
    for (const [j, f] of (e.fields ?? []).entries()) {
      total += f.name.length + f.value.length;
      if (f.name.length === 0) out.push(`embeds.${i}.fields.${j}.name: must not be empty`);
      if (f.value.length === 0) out.push(`embeds.${i}.fields.${j}.value: must not be empty`);
    }
  }
  if (total > 6000) out.push(`embeds: ${total} characters in total, more than 6000`);
  const ids = new Set<string>();
  for (const row of body.components ?? []) {
    if (row.type !== 1) continue;
    if ((row.components?.length ?? 0) > 5) out.push('components: more than 5 buttons in a row');
    for (const c of row.components ?? []) {
      if (c.custom_id) {
        if (ids.has(c.custom_id)) out.push(`components: duplicate custom_id ${c.custom_id}`);
        ids.add(c.custom_id);
      }
    }
  }
  return out;
}

function autocompleteLimits(body: { data?: { choices?: { name: string; value: unknown }[] | null } }): string[] {
  const out: string[] = [];
  for (const [i, c] of (body.data?.choices ?? []).entries()) {
    // Discord documents 100 characters for a string choice value; the schema allows 6000.
    if (typeof c.value === 'string' && c.value.length > 100) out.push(`data.choices.${i}.value: longer than 100 characters`);
  }
  return out;
}

function commandLimits(body: unknown): string[] {
  if (!Array.isArray(body)) return ['(body): must be an array of commands'];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const [i, c] of body.entries()) {
    out.push(...issues(ApplicationCommandUpdateRequestSchema, c).map((p) => `${i}.${p}`));
    const cmd = c as { name?: string; type?: number; description?: string };
    const type = cmd.type ?? 1;
    const key = `${type}:${cmd.name}`;
    if (seen.has(key)) out.push(`${i}.name: duplicate command ${cmd.name}`);
    seen.add(key);
    // Slash command names are lowercase, no spaces, 1-32 characters; context-menu names may have both.
    if (type === 1 && !/^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u.test(cmd.name ?? '')) out.push(`${i}.name: not a valid slash command name`);
    if (type === 1 && !cmd.description) out.push(`${i}.description: required for a slash command`);
    if (type !== 1 && cmd.description) out.push(`${i}.description: must be empty for a context-menu command`);
  }
  return out;
}

export class FakeDiscord {
  readonly requests: Recorded[] = [];
  private readonly arrivals = new WeakMap<IncomingMessage, number>();
  /** Called with each request as it is recorded (a benchmark times answers by it). */
  onRecord: ((r: Recorded) => void) | undefined;
  readonly rejections: Rejection[] = [];
  /** Commands registered by PUT, by route. */
  readonly registered = new Map<string, unknown[]>();
  /** Gateway sockets opened, and the IDENTIFY payloads received. */
  readonly identifies: { token: string; intents: number; shard?: [number, number]; session?: string }[] = [];
  /** Where each dispatch went: which session (and so which shard) received it. */
  readonly deliveries: Delivery[] = [];
  readonly gatewayQueries: URLSearchParams[] = [];
  gatewayClosed = false;
  /** Close codes of gateway connections: 1000 when the bot closed cleanly, 1006 when it just vanished. */
  readonly closeCodes: number[] = [];
  /** Gateway events in order (see GatewayEvent). */
  readonly gatewayEvents: GatewayEvent[] = [];
  /** RESUME payloads received. */
  readonly resumes: { token: string; session_id: string; seq: number }[] = [];
  private sockets = new Set<WebSocket>();
  private readonly sessions = new Map<string, Session>();
  /** Sockets whose heartbeats the fake ignores (the zombie-connection fault). */
  private readonly unacked = new WeakSet<WebSocket>();
  private readonly sessionOf = new WeakMap<WebSocket, Session>();
  private gatewayWaiters: { pred: (e: GatewayEvent) => boolean; resolve: (e: GatewayEvent) => void }[] = [];
  private restFaults: { fault: RestFault; matches: RequestMatcher }[] = [];
  /** Interaction tokens that have expired ("Unknown interaction"). */
  private readonly expired = new Set<string>();
  private refusing = false;
  private seq = 0;
  private readonly acknowledged = new Map<string, number>();
  private waiters: { pred: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readyWaiters: (() => void)[] = [];
  private readyCount = 0;
  port = 0;
  readonly token: string;
  heartbeatIntervalMs: number;
  private readonly recordLimit: number;
  readonly guilds: FakeGuild[];
  private readonly recommendedShards: number;
  private readonly schemaChecks: boolean;

  constructor(options: FakeOptions | string = {}) {
    const o = typeof options === 'string' ? { token: options } : options;
    this.token = o.token ?? FAKE.token;
    this.heartbeatIntervalMs = o.heartbeatIntervalMs ?? 41_250;
    this.recordLimit = o.recordLimit ?? Number.POSITIVE_INFINITY;
    this.guilds = o.guilds ?? [{ id: FAKE.guildId, channelId: FAKE.channelId }];
    this.recommendedShards = o.recommendedShards ?? 1;
    this.schemaChecks = o.schemaChecks ?? true;
    this.server = createServer((req, res) => void this.route(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws, req) => this.gateway(ws, req));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The DISCORD_API_URL to give the bot. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    if (this.refusing) await this.acceptConnections();
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves when READY and GUILD_CREATE have been sent on `sessions` gateway connections (identifies). */
  whenReady(sessions = 1): Promise<void> {
    if (this.readyCount >= sessions) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => (this.readyCount >= sessions ? resolve() : this.readyWaiters.push(check));
      this.readyWaiters.push(check);
    });
  }

  /** Resolves with the first request (already made or to come) that matches. */
  waitFor(pred: (r: Recorded) => boolean, timeoutMs = 10_000): Promise<Recorded> {
    const found = this.requests.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake Discord: timed out waiting for a request from the bot')), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** Requests about one interaction token, in order. */
  requestsFor(token: string): Recorded[] {
    return this.requests.filter((r) => r.token === token);
  }

  /**
   * Sends a gateway dispatch (op 0) to every session of the shard that owns its server (`d.guild_id`; every
   * session when the bot does not shard): at once when its socket is open, else kept for the RESUME that
   * replays it, as Discord does. Returns the sessions it went to.
   */
  dispatch(t: string, d: unknown): string[] {
    const payload = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    const fields = (d && typeof d === 'object' ? d : {}) as { guild_id?: unknown; token?: unknown };
    const guildId = typeof fields.guild_id === 'string' ? fields.guild_id : undefined;
    const token = t === 'INTERACTION_CREATE' && typeof fields.token === 'string' ? fields.token : undefined;
    const to: string[] = [];
    for (const session of this.sessions.values()) {
      const [id, count] = session.shard;
      if (shardOf(guildId, count) !== id) continue;
      to.push(session.id);
      this.deliveries.push({ t, session: session.id, shard: session.shard, guildId, token });
      if (session.ws && session.ws.readyState === session.ws.OPEN) session.ws.send(payload);
      else if (session.missed.length < MISSED_LIMIT) session.missed.push(payload);
    }
    return to;
  }

  /**
   * Sends many gateway dispatches as one write to each socket, as a gateway that got ahead of a busy bot
   * does: the frames wait in the bot's receive buffer and one read brings them all. (One `dispatch` per
   * event lets the bot read the first before the rest are even written.)
   */
  dispatchAll(t: string, ds: readonly unknown[]): void {
    const corked = new Set<{ cork(): void; uncork(): void }>();
    for (const session of this.sessions.values()) {
      const socket = (session.ws as unknown as { _socket?: { cork(): void; uncork(): void } } | null)?._socket;
      if (socket && !corked.has(socket)) {
        socket.cork();
        corked.add(socket);
      }
    }
    try {
      for (const d of ds) this.dispatch(t, d);
    } finally {
      for (const socket of corked) socket.uncork();
    }
  }

  // ---------------------------------------------------------------- fault injection

  /** Resolves with the next gateway event (from now on) that matches: e.g. the session coming back. */
  nextGatewayEvent(pred: (e: GatewayEvent) => boolean = (e) => e === 'READY' || e === 'RESUMED', timeoutMs = 20_000): Promise<GatewayEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake Discord: timed out waiting for a gateway event')), timeoutMs);
      this.gatewayWaiters.push({
        pred,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }

  /** Cuts every gateway socket without a close frame, as a dropped network does (the bot sees 1006). */
  dropGatewayConnections(): void {
    for (const ws of this.sockets) ws.terminate();
    this.gatewayEvent('TERMINATED');
  }

  /** Sends RECONNECT (op 7): the bot should reconnect and resume. */
  requestReconnect(): void {
    this.broadcast({ op: 7, s: null, t: null, d: null });
    this.gatewayEvent('RECONNECT');
  }

  /** Sends INVALID SESSION (op 9); with `resumable` false the sessions are gone and the bot must identify again. */
  invalidateSessions(resumable: boolean): void {
    if (!resumable) this.sessions.clear();
    this.broadcast({ op: 9, s: null, t: null, d: resumable });
    this.gatewayEvent('INVALID_SESSION');
  }

  /** From now on, heartbeats on the sockets open now go unanswered (a zombie connection); new sockets are answered. */
  stopAckingHeartbeats(): void {
    for (const ws of this.sockets) this.unacked.add(ws);
  }

  /** Answers the next REST request that `matches` with a fault instead (once). */
  failNext(fault: RestFault, matches: RequestMatcher = isInteractionCallback): void {
    this.restFaults.push({ fault, matches });
  }

  /**
   * Stops listening, and closes idle keep-alive connections, so the bot's next REST request is refused
   * (ECONNREFUSED). The gateway socket stays up. Undo with acceptConnections().
   */
  refuseConnections(): void {
    this.refusing = true;
    this.server.close();
    this.server.closeIdleConnections();
  }

  /** Listens again on the same port. */
  async acceptConnections(): Promise<void> {
    if (!this.refusing) return;
    this.refusing = false;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  private broadcast(payload: unknown): void {
    const text = JSON.stringify(payload);
    for (const ws of this.sockets) ws.send(text);
  }

  private gatewayEvent(e: GatewayEvent): void {
    this.gatewayEvents.push(e);
    const waiting = this.gatewayWaiters;
    this.gatewayWaiters = [];
    for (const w of waiting) {
      if (w.pred(e)) w.resolve(e);
      else this.gatewayWaiters.push(w);
    }
  }

  // ---------------------------------------------------------------- gateway

  private gateway(ws: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    this.gatewayQueries.push(query);
    if (query.get('v') !== '10' || query.get('encoding') !== 'json') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    this.sockets.add(ws);
    ws.on('close', (code) => {
      this.closeCodes.push(code);
      this.sockets.delete(ws);
      if (this.sockets.size === 0) this.gatewayClosed = true;
      const session = this.sessionOf.get(ws);
      if (session?.ws === ws) {
        session.ws = null;
        // Discord ends a session closed with 1000 or 1001; any other close leaves it resumable.
        if (code === 1000 || code === 1001) this.sessions.delete(session.id);
      }
    });
    ws.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    ws.on('message', (raw) => {
      let msg: { op: number; d: unknown };
      try {
        msg = JSON.parse(String(raw)) as { op: number; d: unknown };
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      if (msg.op === 1) {
        if (this.unacked.has(ws)) return this.gatewayEvent('HEARTBEAT_UNACKED');
        ws.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
        this.gatewayEvent('HEARTBEAT');
      } else if (msg.op === 2) this.identify(ws, msg.d as { token: string; intents: number; shard?: [number, number] });
      else if (msg.op === 6) this.resume(ws, msg.d as { token: string; session_id: string; seq: number });
    });
  }

  /** RESUME: replays what the session missed, then RESUMED; an unknown session gets INVALID SESSION (false). */
  private resume(ws: WebSocket, d: { token: string; session_id: string; seq: number }): void {
    this.resumes.push({ token: d.token, session_id: d.session_id, seq: d.seq });
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed');
      return;
    }
    const session = this.sessions.get(d.session_id);
    if (!session) {
      ws.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
      this.gatewayEvent('INVALID_SESSION');
      return;
    }
    if (session.ws && session.ws !== ws) session.ws.terminate();
    session.ws = ws;
    this.sessionOf.set(ws, session);
    for (const payload of session.missed.splice(0)) ws.send(payload);
    ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
    this.gatewayEvent('RESUMED');
  }

  private identify(ws: WebSocket, d: { token: string; intents: number; shard?: [number, number] }): void {
    const sessionId = `session-${snowflake()}`;
    this.identifies.push({ token: d.token, intents: d.intents, shard: d.shard, session: sessionId });
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed');
      return;
    }
    const shard = d.shard ?? [0, 1];
    const [shardId, shardCount] = shard;
    if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      ws.close(4010, 'Invalid shard');
      return;
    }
    const guilds = this.guilds.filter((g) => shardOf(g.id, shardCount) === shardId);
    const session: Session = { id: sessionId, ws, missed: [], shard };
    this.sessions.set(sessionId, session);
    this.sessionOf.set(ws, session);
    const send = (t: string, payload: unknown) => ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d: payload }));
    send('READY', {
      v: 10,
      user: { id: FAKE.botUserId, username: 'Summit Sources', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard,
      application: { id: FAKE.applicationId, flags: 0 },
    });
    for (const g of guilds) send('GUILD_CREATE', {
      id: g.id,
      name: 'Test server',
      icon: null,
      owner_id: '400000000000000004',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: g.id, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '0', managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [{ id: g.channelId, type: 0, guild_id: g.id, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
    });
    this.readyCount++;
    for (const w of this.readyWaiters.splice(0)) w();
    this.gatewayEvent('READY');
  }

  // ---------------------------------------------------------------- REST

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.arrivals.set(req, performance.now());
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        return this.send(res, req, url, undefined, 400, { code: 50109, message: 'The request body contains invalid JSON.' });
      }
    }
    const method = req.method ?? 'GET';
    // discord.js percent-encodes the @ of @original.
    const path = decodeURIComponent(url.pathname);
    const m = (re: RegExp) => re.exec(path);
    let match: RegExpExecArray | null;

    const faultAt = this.restFaults.findIndex((f) => f.matches({ method, path }));
    if (faultAt >= 0) {
      const [injected] = this.restFaults.splice(faultAt, 1);
      if (injected) return this.injectFault(injected.fault, res, req, url, body);
    }
    const aboutToken = /^\/api\/v10\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path)?.[1];
    if (aboutToken && this.expired.has(aboutToken)) {
      const unknown = path.startsWith('/api/v10/interactions/') ? { code: 10062, message: 'Unknown interaction' } : { code: 10015, message: 'Unknown Webhook' };
      return this.send(res, req, url, body, 404, unknown, aboutToken);
    }

    if (!path.startsWith('/api/v10/')) return this.send(res, req, url, body, 404, { code: 0, message: '404: Not Found' });

    // Bot-authenticated routes must carry the token; interaction and webhook-token routes must not need it.
    const botAuth = req.headers.authorization === `Bot ${this.token}`;

    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      if (!botAuth) return this.send(res, req, url, body, 401, { code: 0, message: '401: Unauthorized' });
      return this.send(res, req, url, body, 200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }

    if (method === 'POST' && (match = m(/^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const token = match[2] as string;
      const type = (body as { type?: number } | undefined)?.type;
      const schema =
        type === 4 || type === 5
          ? CreateMessageInteractionCallbackRequestSchema
          : type === 6 || type === 7
            ? UpdateMessageInteractionCallbackRequestSchema
            : type === 8
              ? ApplicationCommandAutocompleteCallbackRequestSchema
              : null;
      const problems = schema ? this.issues(schema as unknown as SafeParser, body) : [`type: unsupported interaction callback type ${String(type)}`];
      const data = (body as { data?: MessageLike } | undefined)?.data;
      if (type === 8) problems.push(...autocompleteLimits(body as { data?: { choices?: { name: string; value: unknown }[] } }));
      else problems.push(...messageLimits(data).map((p) => `data.${p}`));
      if (this.acknowledged.has(token)) {
        return this.reject(res, req, url, body, token, ['interaction has already been acknowledged'], 400, 40060);
      }
      if (problems.length) return this.reject(res, req, url, body, token, problems);
      this.acknowledged.set(token, type as number);
      if (url.searchParams.get('with_response') === 'true') {
        return this.send(res, req, url, body, 200, { interaction: { id: match[1], type: 2 }, resource: { type } }, token);
      }
      return this.send(res, req, url, body, 204, undefined, token);
    }

    if ((match = m(/^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/))) {
      const token = match[2] as string;
      if (match[1] !== FAKE.applicationId) return this.send(res, req, url, body, 404, { code: 10015, message: 'Unknown Webhook' }, token);
      if (!this.acknowledged.has(token)) return this.reject(res, req, url, body, token, ['no reply to edit: the interaction was not acknowledged'], 404, 10008);
      if (method === 'PATCH') {
        const problems = [...this.issues(IncomingWebhookUpdateRequestPartialSchema as unknown as SafeParser, body), ...messageLimits(body as MessageLike)];
        if (problems.length) return this.reject(res, req, url, body, token, problems);
        return this.send(res, req, url, body, 200, this.messageObject(body as MessageLike), token);
      }
      if (method === 'GET') return this.send(res, req, url, body, 200, this.messageObject({}), token);
    }

    if (method === 'POST' && (match = m(/^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/))) {
      const token = match[2] as string;
      if (!this.acknowledged.has(token)) return this.reject(res, req, url, body, token, ['follow-up before the interaction was acknowledged'], 404, 10015);
      const problems = [...this.issues(IncomingWebhookRequestPartialSchema as unknown as SafeParser, body), ...messageLimits(body as MessageLike)];
      if (problems.length) return this.reject(res, req, url, body, token, problems);
      return this.send(res, req, url, body, 200, this.messageObject(body as MessageLike), token);
    }

    if (method === 'PUT' && (match = m(/^\/api\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (!botAuth) return this.send(res, req, url, body, 401, { code: 0, message: '401: Unauthorized' });
      if (match[1] !== FAKE.applicationId) return this.send(res, req, url, body, 403, { code: 50001, message: 'Missing Access' });
      const problems = commandLimits(body);
      if (problems.length) return this.reject(res, req, url, body, undefined, problems);
      const list = (body as Record<string, unknown>[]).map((c) => ({
        id: snowflake(),
        application_id: FAKE.applicationId,
        version: snowflake(),
        type: 1,
        description: '',
        ...(match?.[2] ? { guild_id: match[2] } : {}),
        ...c,
      }));
      this.registered.set(path, list);
      return this.send(res, req, url, body, 200, list);
    }

    return this.send(res, req, url, body, 404, { code: 0, message: '404: Not Found' });
  }

  private issues(schema: SafeParser, body: unknown): string[] {
    return this.schemaChecks ? issues(schema, body) : [];
  }

  private injectFault(fault: RestFault, res: ServerResponse, req: IncomingMessage, url: URL, body: unknown): void {
    const path = decodeURIComponent(url.pathname);
    const token = /^\/api\/v10\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path)?.[1];
    switch (fault.kind) {
      case 'rate-limit': {
        const after = fault.retryAfterSeconds;
        const headers = {
          'retry-after': String(Math.ceil(after)),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Date.now() / 1000 + after),
          'x-ratelimit-reset-after': String(after),
          'x-ratelimit-bucket': 'fakebucket0123456789',
          'x-ratelimit-scope': 'user',
        };
        return this.send(res, req, url, body, 429, { message: 'You are being rate limited.', retry_after: after, global: false }, token, headers);
      }
      case 'server-error':
        return this.send(res, req, url, body, 500, { message: '500: Internal Server Error', code: 0 }, token);
      case 'unknown-interaction':
        if (token) this.expired.add(token);
        // The callback route says the interaction is unknown; the webhook routes its token opens say the webhook is.
        if (path.startsWith('/api/v10/webhooks/')) return this.send(res, req, url, body, 404, { message: 'Unknown Webhook', code: 10015 }, token);
        return this.send(res, req, url, body, 404, { message: 'Unknown interaction', code: 10062 }, token);
      case 'reset':
        this.record(req, url, body, token, 0);
        req.socket.destroy();
        return;
    }
  }

  private messageObject(body: MessageLike): unknown {
    return messageObject({ ...body, flags: (body as { flags?: number }).flags ?? 0, application_id: FAKE.applicationId, webhook_id: FAKE.applicationId });
  }

  private reject(res: ServerResponse, req: IncomingMessage, url: URL, body: unknown, token: string | undefined, problems: string[], status = 400, code = 50035): void {
    this.rejections.push({ method: req.method ?? '', path: decodeURIComponent(url.pathname), problems, body });
    this.send(res, req, url, body, status, { code, message: status === 400 && code === 50035 ? 'Invalid Form Body' : problems[0], errors: problems }, token);
  }

  private send(res: ServerResponse, req: IncomingMessage, url: URL, body: unknown, status: number, payload: unknown, token?: string, headers: Record<string, string> = {}): void {
    if (payload === undefined) {
      res.writeHead(status, headers);
      res.end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    }
    this.record(req, url, body, token, status);
  }

  private record(req: IncomingMessage, url: URL, body: unknown, token: string | undefined, status: number): void {
    const rec: Recorded = { method: req.method ?? '', path: decodeURIComponent(url.pathname), query: url.searchParams, body, token, status, receivedAt: this.arrivals.get(req) ?? performance.now() };
    this.requests.push(rec);
    if (this.requests.length > this.recordLimit) this.requests.splice(0, this.requests.length - this.recordLimit);
    this.onRecord?.(rec);
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) {
      if (w.pred(rec)) w.resolve(rec);
      else this.waiters.push(w);
    }
  }
}
