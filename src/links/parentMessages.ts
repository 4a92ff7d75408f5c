/**
 * What the parent page may ask of the embed, checked against a schema before anything acts on it:
 *
 *   parent -> embed: { type: 'handshake-lab:request-height' }
 *                    { type: 'handshake-lab:go-to-step', step: 4 }
 */
import * as z from 'zod/mini';

const parentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('handshake-lab:request-height') }),
  z.object({
    type: z.literal('handshake-lab:go-to-step'),
    step: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  }),
]);

/** A message the parent may send. */
export type ParentMessage = z.infer<typeof parentMessageSchema>;

/** The parent's message, or null when it is not one of ours or is malformed. */
export function readParentMessage(data: unknown): ParentMessage | null {
  const result = parentMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}
