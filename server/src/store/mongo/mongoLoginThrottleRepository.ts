/**
 * MongoDB login throttle. FerretDB applies conditional updates and `$inc`
 * non-atomically, so the check-and-count is an insert into a unique index,
 * like the document log's append: each key's attempts carry a per-key `seq`;
 * a reservation reads the key's head (highest seq) and the recent attempts up
 * to it, lets `decide` judge them, and inserts the new attempt at head + 1.
 * A duplicate key means another reservation took that seq after we read, so
 * we decide again on the fresh state. Every recorded attempt was therefore
 * allowed on a state that contained every attempt before it.
 */
import type { Collection, Document } from 'mongodb';
import type {
  LoginThrottleRepository,
  ThrottleAttempt,
  ThrottleDecision,
  ThrottleOutcome,
} from '../port.js';
import { guarded, isDuplicateKeyError } from './errors.js';

export interface AttemptRow extends Document {
  _id: string;
  key: string;
  seq: number;
  at: string;
  outcome: ThrottleOutcome;
}

export interface TrustedRow extends Document {
  _id: string;
  at: string;
}

export interface LoginThrottleCollections {
  attempts: Collection<AttemptRow>;
  trusted: Collection<TrustedRow>;
}

export async function ensureLoginThrottleIndexes(c: LoginThrottleCollections): Promise<void> {
  await c.attempts.createIndex({ key: 1, seq: 1 }, { unique: true, name: 'key_seq_unique' });
  await c.attempts.createIndex({ at: 1 }, { name: 'at' });
  await c.trusted.createIndex({ at: 1 }, { name: 'at' });
}

export class MongoLoginThrottleRepository implements LoginThrottleRepository {
  constructor(private readonly c: LoginThrottleCollections) {}

  reserve(props: Parameters<LoginThrottleRepository['reserve']>[0]): Promise<ThrottleDecision> {
    return guarded('Reserving a sign-in attempt', async () => {
      for (;;) {
        const head = await this.c.attempts.findOne({ key: props.key }, { sort: { seq: -1 } });
        const headSeq = head?.seq ?? 0;
        const rows = await this.c.attempts
          .find({ key: props.key, at: { $gte: props.since }, seq: { $lte: headSeq } })
          .sort({ seq: 1 })
          .toArray();
        const recent: ThrottleAttempt[] = rows.map((row) => ({
          id: row._id,
          at: row.at,
          outcome: row.outcome,
        }));
        const decision = props.decide(recent);
        if (!decision.allowed) return decision;
        try {
          await this.c.attempts.insertOne({
            _id: props.attempt.id,
            key: props.key,
            seq: headSeq + 1,
            at: props.attempt.at,
            outcome: 'pending',
          });
          return decision;
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
        }
      }
    });
  }

  settle(key: string, id: string, outcome: Exclude<ThrottleOutcome, 'pending'>): Promise<void> {
    return guarded('Recording a sign-in attempt', async () => {
      await this.c.attempts.updateOne({ _id: id, key }, { $set: { outcome } });
    });
  }

  releaseFailures(key: string): Promise<void> {
    return guarded('Clearing sign-in failures', async () => {
      await this.c.attempts.updateMany(
        { key, outcome: 'failed' },
        { $set: { outcome: 'released' } },
      );
    });
  }

  markTrusted(key: string, at: string): Promise<void> {
    return guarded('Recording a sign-in', async () => {
      try {
        await this.c.trusted.updateOne({ _id: key }, { $max: { at } }, { upsert: true });
      } catch (error) {
        // Two first sign-ins at once: the other upsert inserted the row; either time will do.
        if (!isDuplicateKeyError(error)) throw error;
      }
    });
  }

  isTrusted(key: string, since: string): Promise<boolean> {
    return guarded('Reading sign-in history', async () => {
      return (await this.c.trusted.findOne({ _id: key, at: { $gte: since } })) !== null;
    });
  }

  prune(before: string, trustedBefore: string): Promise<void> {
    return guarded('Pruning sign-in attempts', async () => {
      await this.c.attempts.deleteMany({ at: { $lt: before } });
      await this.c.trusted.deleteMany({ at: { $lt: trustedBefore } });
    });
  }
}
