/**
 * The TCB table of a SYN-flood run: the client's connection, and in the server lane only the
 * connection the listener opens with the real client (a forged SYN's half-open connection has no
 * lane, so no row). Values by hand from the ISNs the trace reports.
 */
import {
  simulateSynFloodWithTcb,
  SYN_FLOOD_DEFAULTS,
  type SendEvent,
  type SynFloodConfig,
  type TcbTable,
  type Trace,
} from '../../../src/sim/index.ts';

const M = 2 ** 32;

function run(config: Partial<SynFloodConfig>) {
  const { trace, tcb } = simulateSynFloodWithTcb({ ...SYN_FLOOD_DEFAULTS, ...config });
  const { client, server } = trace.endpoints;
  if (client.isn === null) throw new Error('the client never connected');
  return { trace, changes: tcb.changes, clientIsn: client.isn, serverIsn: server.isn };
}

/** The segment delivered by event `at`. */
function delivered(trace: Trace, at: number): SendEvent {
  const e = trace.events[at];
  if (e?.type !== 'deliver') throw new Error(`event ${String(at)} is not a delivery`);
  const send = trace.events.find((x): x is SendEvent => x.type === 'send' && x.id === e.id);
  if (send === undefined) throw new Error('no send');
  return send;
}

const of = (changes: TcbTable['changes'], side: 'client' | 'server') =>
  changes.filter((c) => c.endpoint === side);

describe('the TCB table of a SYN flood', () => {
  it('with room in the SYN queue: the server row starts at the client’s SYN, in SYN-RECEIVED', () => {
    const { trace, changes, clientIsn, serverIsn } = run({ attackSyns: 2 });
    if (serverIsn === null) throw new Error('the client got no slot');
    const [open, established, ...rest] = of(changes, 'server');
    if (open === undefined || established === undefined) throw new Error('no server rows');
    const syn = delivered(trace, open.at);
    expect(syn.flags).toEqual(['SYN']);
    expect(syn.spoofedAddress).toBeUndefined();
    expect(syn.seq).toBe(clientIsn);
    expect(open.tcb).toMatchObject({
      iss: serverIsn,
      irs: clientIsn,
      sndUna: serverIsn,
      sndNxt: (serverIsn + 1) % M,
      rcvNxt: (clientIsn + 1) % M,
    });
    // The handshake's ACK covers the SYN+ACK: SND.UNA catches up with SND.NXT.
    expect(delivered(trace, established.at).flags).toEqual(['ACK']);
    expect(established.tcb).toMatchObject({
      sndUna: (serverIsn + 1) % M,
      sndNxt: (serverIsn + 1) % M,
    });
    expect(rest).toEqual([]);
    // Forged SYNs arrived first and opened connections too, but none of them is in the table.
    expect(open.at).toBeGreaterThan(trace.events.findIndex((e) => e.type === 'deliver'));
  });

  it('with the queue full and no cookies: no server row, and the client’s goes when connect() fails', () => {
    const { trace, changes, clientIsn, serverIsn } = run({});
    expect(serverIsn).toBeNull();
    expect(of(changes, 'server')).toEqual([]);
    const client = of(changes, 'client');
    expect(client[0]?.tcb).toMatchObject({
      iss: clientIsn,
      sndNxt: (clientIsn + 1) % M,
      irs: null,
    });
    expect(client.at(-1)?.tcb).toBeNull();
    expect(trace.events[client.at(-1)?.at ?? -1]?.type).toBe('timer');
  });

  it('with cookies: the server row starts ESTABLISHED at the ACK that carries the cookie', () => {
    const { trace, changes, clientIsn, serverIsn } = run({ synCookies: true });
    if (serverIsn === null) throw new Error('no cookie connection');
    const server = of(changes, 'server');
    expect(server).toHaveLength(1);
    const [row] = server;
    if (row === undefined) throw new Error('no row');
    const ack = delivered(trace, row.at);
    expect(ack.flags).toEqual(['ACK']);
    // The ACK acknowledges the cookie (the SYN+ACK's ISN) plus the SYN's one.
    expect(ack.ack).toBe((serverIsn + 1) % M);
    expect(row.tcb).toMatchObject({
      iss: serverIsn,
      irs: clientIsn,
      sndUna: (serverIsn + 1) % M,
      sndNxt: (serverIsn + 1) % M,
      rcvNxt: (clientIsn + 1) % M,
    });
  });
});
