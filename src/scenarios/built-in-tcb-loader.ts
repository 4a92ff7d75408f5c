/**
 * Loads a built-in scenario's TCB table: the module of tables (one data chunk per scenario in
 * the build) is fetched only when the TCB panel first opens.
 */
import type { TcbTable } from '../sim/index.ts';

/** The TCB table of the built-in scenario `name`, or null if there is none of that name. */
export async function loadBuiltInTcb(name: string): Promise<TcbTable | null> {
  const { builtInTcbTables } = await import('./built-in-tcb.ts');
  const loader = Object.hasOwn(builtInTcbTables, name) ? builtInTcbTables[name] : undefined;
  return loader === undefined ? null : loader();
}
