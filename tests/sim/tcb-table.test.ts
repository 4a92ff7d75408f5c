/**
 * The runtime's TCB table (src/sim/tcb-table.ts): each endpoint's RFC 9293 §3.3.1 variables where
 * they change, keyed by the trace event that changed them. Every expected value is worked out
 * here from the scenario's numbers.
 */
import { getScenario } from '../../src/scenarios/index.ts';
import {
  Simulation,
  tcbAtStep,
  type EndpointId,
  type Scenario,
  type SendEvent,
  type Trace,
  type TcbTable,
} from '../../src/sim/index.ts';

function runOf(scenario: Scenario): { trace: Trace; table: TcbTable } {
  const sim = new Simulation(scenario);
  const trace = sim.run();
  return { trace, table: sim.tcbTable() };
}

function builtIn(name: string): Scenario {
  const scenario = getScenario(name);
  if (scenario === undefined) throw new Error(`no built-in ${name}`);
  return scenario;
}

/** The index of the deliver event of the n-th (from 0) segment `from` sent with `flags`. */
function deliveryOf(trace: Trace, from: EndpointId, flags: string, n = 0): number {
  const sends = trace.events.filter(
    (e): e is SendEvent => e.type === 'send' && e.from === from && e.flags.join('+') === flags,
  );
  const send = sends[n];
  if (send === undefined) throw new Error(`no ${flags} from ${from}`);
  const at = trace.events.findIndex((e) => e.type === 'deliver' && e.id === send.id);
  expect(at).toBeGreaterThan(-1);
  return at;
}

const atEvent = (table: TcbTable, endpoint: EndpointId, at: number) =>
  tcbAtStep(table, endpoint, at, at);

describe('the TCB table of basic-handshake (client ISN 1000, server ISN 5000)', () => {
  const { trace, table } = runOf(builtIn('basic-handshake'));
  const ISS = 1000;
  const IRS = 5000;

  it('has no connection before any event, and is not inferred', () => {
    expect(table.inferred).toBe(false);
    expect(tcbAtStep(table, 'client', -1, -1)).toEqual({ now: null, before: null, existed: false });
    expect(tcbAtStep(table, 'server', -1, -1).now).toBeNull();
  });

  it('gives the client SND.NXT = ISS + 1 once connect() sends the SYN, with no IRS yet', () => {
    const connect = trace.events.findIndex((e) => e.type === 'call' && e.call === 'connect');
    const { now, before } = atEvent(table, 'client', connect);
    expect(before).toBeNull();
    expect(now).toMatchObject({ iss: ISS, sndUna: ISS, sndNxt: ISS + 1, irs: null, rcvNxt: null });
  });

  it('after the SYN-ACK arrives: SND.UNA = SND.NXT = ISS + 1, RCV.NXT = IRS + 1', () => {
    const at = deliveryOf(trace, 'server', 'SYN+ACK');
    const { now, before } = atEvent(table, 'client', at);
    expect(now).toMatchObject({ sndUna: ISS + 1, sndNxt: ISS + 1, irs: IRS, rcvNxt: IRS + 1 });
    expect(before).toMatchObject({ sndUna: ISS, irs: null });
  });

  it('gives the server, after the SYN, IRS = 1000 and SND.NXT = its ISS + 1; the ACK makes SND.UNA = 5001', () => {
    const syn = atEvent(table, 'server', deliveryOf(trace, 'client', 'SYN')).now;
    expect(syn).toMatchObject({
      iss: IRS,
      irs: ISS,
      rcvNxt: ISS + 1,
      sndUna: IRS,
      sndNxt: IRS + 1,
    });
    const ack = atEvent(table, 'server', deliveryOf(trace, 'client', 'ACK')).now;
    expect(ack).toMatchObject({ sndUna: IRS + 1, sndNxt: IRS + 1 });
  });

  it('records a change only where one happens, at a step that exists in the trace', () => {
    for (const c of table.changes) expect(trace.events[c.at]).toBeDefined();
    const keys = table.changes.map((c) => c.at);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('the TCB table of client-closes-first (100 bytes up, 300 down, then close)', () => {
  const { trace, table } = runOf(builtIn('client-closes-first'));

  it('moves the client SND.NXT by the 100 bytes sent and SND.UNA when they are acknowledged', () => {
    const send = trace.events.findIndex((e) => e.type === 'call' && e.call === 'send');
    expect(atEvent(table, 'client', send).now).toMatchObject({ sndUna: 1001, sndNxt: 1101 });
    // The server's 300-byte reply acknowledges 1101; RCV.NXT moves by 300 to 5001 + 300.
    const reply = deliveryOf(trace, 'server', 'PSH+ACK');
    expect(atEvent(table, 'client', reply).now).toMatchObject({ sndUna: 1101, rcvNxt: 5301 });
  });

  it('gives the FIN one sequence number: the client FIN at 1101, SND.NXT 1102', () => {
    const close = trace.events.findIndex(
      (e) => e.type === 'call' && e.call === 'close' && e.endpoint === 'client',
    );
    expect(atEvent(table, 'client', close).now).toMatchObject({ finSeq: 1101, sndNxt: 1102 });
    // The server takes the FIN: RCV.NXT = 1101 + 1.
    const fin = deliveryOf(trace, 'client', 'FIN+ACK');
    expect(atEvent(table, 'server', fin).now).toMatchObject({ rcvNxt: 1102 });
  });

  it('has no connection once the server is CLOSED again (the TCB is deleted), and says one existed', () => {
    const last = trace.events.length - 1;
    const server = atEvent(table, 'server', last);
    expect(server.now).toBeNull();
    expect(server.existed).toBe(true);
  });
});

describe('the TCB table across 2^32 (client ISN 4294967200, 300 bytes sent)', () => {
  const base = builtIn('basic-handshake');
  const scenario: Scenario = {
    ...base,
    client: { ...base.client, isn: 4294967200 },
    events: [...base.events, { t: 400, endpoint: 'client', call: 'send', bytes: 300 }],
  };
  const { trace, table } = runOf(scenario);

  it('wraps SND.NXT: 4294967201 + 300 = 2^32 + 205, so 205', () => {
    const send = trace.events.findIndex((e) => e.type === 'call' && e.call === 'send');
    expect(atEvent(table, 'client', send).now).toMatchObject({
      iss: 4294967200,
      sndUna: 4294967201,
      sndNxt: 205,
    });
    const ack = deliveryOf(trace, 'server', 'ACK', 0);
    expect(atEvent(table, 'client', ack).now).toMatchObject({ sndUna: 205, sndNxt: 205 });
    const data = deliveryOf(trace, 'client', 'PSH+ACK');
    expect(atEvent(table, 'server', data).now).toMatchObject({ irs: 4294967200, rcvNxt: 205 });
  });
});
