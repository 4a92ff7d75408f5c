import { tcpEndpointMachine, TCP_STATES } from '../../src/sim/index.ts';
import {
  ENDPOINT_EDGES,
  machineEdges,
  rectsOverlap,
  stateDiagramGeometry,
  boxToRect,
} from '../../src/layout/index.ts';

const edges = machineEdges(tcpEndpointMachine);

describe('state diagram', () => {
  it('draws RFC 9293’s machine: no Linux-only transition and no Linux reason', () => {
    const drawn = ENDPOINT_EDGES.map((e) => e.id);
    expect(drawn).not.toContain('FIN-WAIT-2>CLOSED:timeout = tcp_fin_timeout');
    expect(edges.map((e) => e.id)).toContain('FIN-WAIT-2>CLOSED:timeout = tcp_fin_timeout');
    expect(ENDPOINT_EDGES.flatMap((e) => e.reasons).filter((r) => r.startsWith('linux-'))).toEqual(
      [],
    );
  });

  it('reads its edges from the machine’s own transitions', () => {
    const ids = new Set<string>();
    for (const node of Object.values(tcpEndpointMachine.root.states)) {
      for (const defs of node.transitions.values()) {
        for (const def of defs)
          for (const target of def.target ?? [])
            if (target.key !== node.key)
              ids.add(`${node.key}>${target.key}:${def.description ?? ''}`);
      }
    }
    // Transitions with one label (a FIN on arrival, or once queued data is read) are drawn once.
    expect(edges.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(edges).toContainEqual(
      expect.objectContaining({
        from: 'LISTEN',
        to: 'SYN-RECEIVED',
        event: 'segment.arrived',
        kind: 'main',
      }),
    );
    expect(edges).toContainEqual(
      expect.objectContaining({ from: 'TIME-WAIT', to: 'CLOSED', kind: 'main' }),
    );
  });

  it.each(['wide', 'narrow'] as const)('draws all eleven states without overlaps (%s)', (mode) => {
    const g = stateDiagramGeometry(edges, mode, true);
    expect(new Set(g.nodes.map((n) => n.state))).toEqual(new Set(TCP_STATES));
    const rects = g.nodes.map((n) =>
      boxToRect({ x0: n.x - n.w / 2, y0: n.y - n.h / 2, x1: n.x + n.w / 2, y1: n.y + n.h / 2 }),
    );
    rects.forEach((a, i) => {
      for (const b of rects.slice(i + 1)) expect(rectsOverlap(a, b)).toBe(false);
    });
    for (const n of g.nodes) {
      expect(n.x - n.w / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.w / 2).toBeLessThanOrEqual(g.width);
      expect(n.y + n.h / 2).toBeLessThanOrEqual(g.height);
    }
  });

  it('keeps resets, aborts and time-outs into CLOSED out unless asked, or just taken', () => {
    const plain = stateDiagramGeometry(edges, 'wide', false);
    expect(plain.edges.some((e) => e.key === 'ESTABLISHED>CLOSED')).toBe(false);
    expect(plain.edges.some((e) => e.key === 'SYN-RECEIVED>LISTEN')).toBe(true);
    const all = stateDiagramGeometry(edges, 'wide', true);
    expect(all.edges.some((e) => e.key === 'ESTABLISHED>CLOSED')).toBe(true);
    const lit = stateDiagramGeometry(edges, 'wide', false, new Set(['ESTABLISHED>CLOSED:rcv RST']));
    const drawn = lit.edges.find((e) => e.key === 'ESTABLISHED>CLOSED');
    expect(drawn?.kind).toBe('reset');
    expect(drawn?.transitions.map((d) => d.cause)).toEqual(['rcv-rst']);
  });

  it('lands closing edges on the lower CLOSED, as RFC 9293 Figure 5 draws it', () => {
    const g = stateDiagramGeometry(edges, 'wide', false);
    expect(g.edges.find((e) => e.key === 'TIME-WAIT>CLOSED')?.toNode).toBe('CLOSED:end');
    expect(g.edges.find((e) => e.key === 'LAST-ACK>CLOSED')?.toNode).toBe('CLOSED:end');
    expect(g.edges.find((e) => e.key === 'LISTEN>CLOSED')?.toNode).toBe('CLOSED');
    expect(g.edges.find((e) => e.key === 'LAST-ACK>CLOSED')?.descriptions).toEqual([
      'rcv ACK of FIN',
    ]);
  });
});
