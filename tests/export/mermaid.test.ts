import { mermaidSequence, mermaidText } from '../../src/export/index.ts';
import { handshakeDataClose, lostSyn } from '../helpers/traces.ts';

describe('Mermaid sequence diagram', () => {
  it('writes a lost SYN, the RTO and the retransmission, numbers computed by hand', () => {
    expect(mermaidSequence(lostSyn(), { mode: 'absolute', title: 'Lost SYN' })).toBe(
      [
        'sequenceDiagram',
        '  title Lost SYN',
        '  participant C as Client :49152',
        '  participant S as Server :80',
        '  Note over C: CLOSED',
        '  Note over S: LISTEN',
        '  C-xS: SYN seq=1000 len=0 (lost)',
        '  Note over C: SYN-SENT',
        '  Note over C: RTO expires',
        '  C->>S: SYN seq=1000 len=0 (retransmission)',
        '  S->>C: SYN+ACK seq=5000 ack=1001 len=0',
        '  Note over S: SYN-RECEIVED',
        '  C->>S: ACK seq=1001 ack=5001 len=0',
        '  Note over C: ESTABLISHED',
        '  Note over S: ESTABLISHED',
        '',
      ].join('\n'),
    );
  });

  it('counts from the ISNs in relative mode and keeps data lengths', () => {
    const text = mermaidSequence(handshakeDataClose(), { mode: 'relative' });
    expect(text).toContain('  C->>S: SYN seq=0 len=0\n');
    expect(text).toContain('  S->>C: SYN+ACK seq=0 ack=1 len=0\n');
    expect(text).toContain('  C->>S: PSH+ACK seq=1 ack=1 len=100\n');
    expect(text).toContain('  S->>C: ACK seq=1 ack=101 len=0\n');
    expect(text).toContain('  C->>S: FIN+ACK seq=101 ack=1 len=0\n');
    expect(text).toContain('  Note over C: 2 MSL expires\n');
  });

  it('never lets outside text start a statement of its own', () => {
    expect(mermaidText('a;b#c\nNote over C: x %% y')).toBe('a#59;b#35;c Note over C: x #37;% y');
    const text = mermaidSequence(lostSyn(), { mode: 'absolute', title: 'x\nC->>S: evil; y' });
    expect(text.split('\n')[1]).toBe('  title x C-#62;#62;S: evil#59; y');
    // Tags are shown, not drawn: `<` is 60 and `>` is 62.
    expect(mermaidText('<b>SEQ</b>')).toBe('#60;b#62;SEQ#60;/b#62;');
  });
});
