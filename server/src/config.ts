/**
 * The only reader of process.env. Parsed once with zod at start-up; a bad
 * value stops the process with a list of every problem. The parsed Config is
 * passed into factories; nothing else reads the environment.
 */
import path from 'node:path';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Set (non-empty) → the MongoDB store; database name from the URL path. Multi-host URLs allowed. */
    MONGODB_URL: optionalText.pipe(
      z
        .string()
        .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// URL')
        .optional(),
    ),
    /** Acknowledgement a MongoDB write waits for: "majority" or a number of members. */
    MONGODB_WRITE_CONCERN: z
      .union([z.literal('majority'), z.coerce.number().int().min(1)])
      .default('majority'),
    /** Wait for the MongoDB journal (on-disk) before a write counts as done. */
    MONGODB_JOURNAL: booleanFlag.default(true),
    /** How long a MongoDB operation waits for a reachable server before failing (503). */
    MONGODB_SERVER_SELECTION_TIMEOUT_MS: positiveInt.default(5000),
    /** SQLite fsync policy: NORMAL survives process crashes (WAL), FULL also power loss. */
    SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
    /** Largest single WebSocket message accepted before decoding (bytes). */
    MAX_MESSAGE_BYTES: positiveInt.default(1024 * 1024),
    /** Largest encoded document the hub keeps growing (bytes). */
    MAX_DOCUMENT_BYTES: positiveInt.default(64 * 1024 * 1024),
    /** A room is unloaded this long after its last connection closes. */
    ROOM_IDLE_UNLOAD_MS: z.coerce.number().int().min(0).default(5000),
    /** Compact a document's log once its tail passes either threshold. */
    COMPACT_AFTER_UPDATES: positiveInt.default(500),
    COMPACT_AFTER_BYTES: positiveInt.default(1024 * 1024),
    /** Per-connection rate limit: sustained messages and bytes per second, and burst. */
    RATE_LIMIT_MESSAGES_PER_SECOND: positiveInt.default(200),
    RATE_LIMIT_BYTES_PER_SECOND: positiveInt.default(2 * 1024 * 1024),
    RATE_LIMIT_BURST_SECONDS: z.coerce.number().positive().default(5),
    /** Bytes buffered for one slow client before it is disconnected. */
    MAX_BUFFERED_BYTES: positiveInt.default(8 * 1024 * 1024),
    /** Largest window of the hub's adaptive broadcast coalescing (updateBroadcaster.ts; 0: off). */
    BROADCAST_COALESCE_MS: z.coerce.number().int().min(0).max(100).default(10),
    /** Socket writes a second a room may make before its broadcasts are coalesced. */
    BROADCAST_ROOM_WRITES_PER_SECOND: positiveInt.default(20_000),
    /** Ping each document socket this often; one silent until the next ping is dropped. */
    WS_HEARTBEAT_MS: z.coerce.number().int().min(100).default(30_000),
    /** Open document sockets one person may hold (all documents together), and one document may have. */
    MAX_CONNECTIONS_PER_USER: positiveInt.default(20),
    MAX_CONNECTIONS_PER_DOCUMENT: positiveInt.default(200),
    /** Seed the demo workspace into an empty store (default: on in development only). */
    SEED_DEMO: booleanFlag.optional(),
    /** Bootstrap a site administrator at start-up when no such user exists. */
    ADMIN_EMAIL: optionalText.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalText.pipe(z.string().min(10, 'at least 10 characters').optional()),
    /** Extra browser origins allowed besides the server's own (comma-separated). */
    ALLOWED_ORIGINS: z.string().default(''),
    /** Public base URL (e.g. https://samverka.example.se), used in invitation links. */
    PUBLIC_URL: optionalText.pipe(z.url().optional()),
    SESSION_TTL_HOURS: positiveInt.default(12),
    INVITATION_TTL_DAYS: positiveInt.default(14),
    /** Secure cookies: auto = when the request arrived over HTTPS. */
    COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
    /**
     * Reverse proxies in front of the server (0: none). The client address is
     * the one the outermost trusted proxy saw; `true`/`false` mean 1/0.
     */
    TRUST_PROXY: z
      .union([
        z.enum(['true', 'false']).transform((v) => (v === 'true' ? 1 : 0)),
        z.coerce.number().int().min(0).max(10),
      ])
      .default(0),
    /** Failed password checks allowed per account and address within the window before refusing. */
    LOGIN_MAX_FAILURES: positiveInt.default(5),
    LOGIN_WINDOW_SECONDS: positiveInt.default(15 * 60),
    /** Failures per account (all addresses) within the window before each attempt is delayed. */
    LOGIN_ACCOUNT_SLOWDOWN_AFTER: positiveInt.default(10),
    /** Longest delay the per-account slowdown imposes (it doubles from 1 s up to this). */
    LOGIN_MAX_DELAY_SECONDS: positiveInt.default(30),
    /** Largest JSON request body (bytes). */
    MAX_JSON_BYTES: positiveInt.default(256 * 1024),
    /**
     * Outgoing mail (smtp://user:pass@host:587 or smtps://…:465). Unset: no
     * mail is sent; invitation links are shown to the admin to pass on and
     * site admins verify addresses by hand.
     */
    SMTP_URL: optionalText.pipe(
      z
        .string()
        .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
        .optional(),
    ),
    /** Sender of outgoing mail, e.g. "Samverka <noreply@kommun.se>". */
    MAIL_FROM: optionalText,
    /** How long a mailed link to verify an address, or to reset a password, works. */
    EMAIL_VERIFICATION_TTL_HOURS: positiveInt.default(48),
    PASSWORD_RESET_TTL_MINUTES: positiveInt.default(60),
    /** Notifications of one person within this window go out as one mail. */
    NOTIFICATION_MAIL_BATCH_SECONDS: positiveInt.default(120),
  })
  .superRefine((env, ctx) => {
    if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_PASSWORD'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
      });
    }
    if (env.SMTP_URL !== undefined && env.PUBLIC_URL === undefined) {
      // Otherwise a mailed link would point at whatever Host a request named.
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'required with SMTP_URL (links in mail point there)',
      });
    }
    for (const origin of env.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean)) {
      if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
        ctx.addIssue({
          code: 'custom',
          path: ['ALLOWED_ORIGINS'],
          message: `not an origin (scheme://host[:port]): ${origin}`,
        });
      }
    }
  });

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof envSchema>) {
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    dataDir: path.resolve(env.DATA_DIR),
    logLevel: env.LOG_LEVEL,
    mongodbUrl: env.MONGODB_URL,
    mongodb: {
      writeConcern: { w: env.MONGODB_WRITE_CONCERN, journal: env.MONGODB_JOURNAL },
      serverSelectionTimeoutMS: env.MONGODB_SERVER_SELECTION_TIMEOUT_MS,
    },
    sqliteSynchronous: env.SQLITE_SYNCHRONOUS,
    realtime: {
      maxMessageBytes: env.MAX_MESSAGE_BYTES,
      maxDocumentBytes: env.MAX_DOCUMENT_BYTES,
      roomIdleUnloadMs: env.ROOM_IDLE_UNLOAD_MS,
      compactAfterUpdates: env.COMPACT_AFTER_UPDATES,
      compactAfterBytes: env.COMPACT_AFTER_BYTES,
      rateLimitMessagesPerSecond: env.RATE_LIMIT_MESSAGES_PER_SECOND,
      rateLimitBytesPerSecond: env.RATE_LIMIT_BYTES_PER_SECOND,
      rateLimitBurstSeconds: env.RATE_LIMIT_BURST_SECONDS,
      maxBufferedBytes: env.MAX_BUFFERED_BYTES,
      broadcastCoalesceMs: env.BROADCAST_COALESCE_MS,
      broadcastRoomWritesPerSecond: env.BROADCAST_ROOM_WRITES_PER_SECOND,
      heartbeatMs: env.WS_HEARTBEAT_MS,
      maxConnectionsPerUser: env.MAX_CONNECTIONS_PER_USER,
      maxConnectionsPerDocument: env.MAX_CONNECTIONS_PER_DOCUMENT,
    },
    seedDemo: env.SEED_DEMO ?? env.NODE_ENV === 'development',
    admin:
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD
        ? { email: env.ADMIN_EMAIL.toLowerCase(), password: env.ADMIN_PASSWORD }
        : undefined,
    http: {
      allowedOrigins: env.ALLOWED_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
      trustProxyHops: env.TRUST_PROXY,
      maxJsonBytes: env.MAX_JSON_BYTES,
    },
    auth: {
      sessionTtlMs: env.SESSION_TTL_HOURS * 3600_000,
      invitationTtlMs: env.INVITATION_TTL_DAYS * 86_400_000,
      cookieSecure: env.COOKIE_SECURE,
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
      loginWindowMs: env.LOGIN_WINDOW_SECONDS * 1000,
      loginAccountSlowdownAfter: env.LOGIN_ACCOUNT_SLOWDOWN_AFTER,
      loginMaxDelayMs: env.LOGIN_MAX_DELAY_SECONDS * 1000,
      emailVerificationTtlMs: env.EMAIL_VERIFICATION_TTL_HOURS * 3600_000,
      passwordResetTtlMs: env.PASSWORD_RESET_TTL_MINUTES * 60_000,
    },
    mail: {
      smtpUrl: env.SMTP_URL,
      from:
        env.MAIL_FROM ??
        `Samverka <noreply@${env.PUBLIC_URL ? new URL(env.PUBLIC_URL).hostname : 'localhost'}>`,
      notificationBatchMs: env.NOTIFICATION_MAIL_BATCH_SECONDS * 1000,
    },
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default); throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return toConfig(parsed.data);
}
