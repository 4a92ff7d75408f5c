/**
 * A run's TCB table (src/sim/tcb-table.ts) as a zod schema, for a table that arrives from a
 * worker beside its trace: the page checks it before the TCB panel shows it.
 */
import { z } from 'zod';
import type { TcbTable } from '../../sim/index.ts';

const u32 = z.number().int().nonnegative().max(0xffffffff);
const bytes = z.number().int().nonnegative();
const shift = z.number().int().min(0).max(14);

const tcbValuesSchema = z.object({
  iss: u32,
  irs: u32.nullable(),
  sndUna: u32,
  sndNxt: u32,
  sndWnd: bytes,
  rcvNxt: u32.nullable(),
  rcvWnd: bytes,
  mss: bytes,
  sndScale: shift,
  rcvScale: shift,
  finSeq: u32.nullable(),
});

/** A TCB table: changes keyed by event index (-1: before the first event). */
export const tcbTableSchema: z.ZodType<TcbTable> = z.object({
  inferred: z.boolean(),
  changes: z.array(
    z.object({
      at: z.number().int().min(-1),
      endpoint: z.enum(['client', 'server']),
      tcb: tcbValuesSchema.nullable(),
    }),
  ),
});
