/** Groups the states into phases for colour; the state name is always written too. */
import type { TcpStateName } from './index.ts';

export type StatePhase = 'closed' | 'opening' | 'open' | 'closing' | 'waiting';

export function statePhase(state: TcpStateName): StatePhase {
  switch (state) {
    case 'CLOSED':
    case 'LISTEN':
      return 'closed';
    case 'SYN-SENT':
    case 'SYN-RECEIVED':
      return 'opening';
    case 'ESTABLISHED':
      return 'open';
    case 'TIME-WAIT':
      return 'waiting';
    default:
      return 'closing';
  }
}
