import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/renderApp.tsx';

async function inspect(search: string, segment: RegExp): Promise<HTMLElement> {
  const app = await renderApp(search);
  app.key('End');
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: segment }));
  });
  return screen
    .findByRole('heading', { name: /^Segment \d+:/ })
    .then(() => screen.getByRole('region', { name: 'Segment inspector' }));
}

function field(panel: HTMLElement, name: string): string {
  const term = within(panel).getByText(name, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('segment inspector', () => {
  it('hints until a segment is chosen', async () => {
    await renderApp();
    expect(screen.getByText(/Click or focus a segment/)).toBeInTheDocument();
  });

  it('shows the header of a SYN+ACK: ports, numbers, flag bits, window, options', async () => {
    const panel = await inspect('', /— segment 2,/);
    expect(
      within(panel).getByRole('heading', { name: /Segment 2: Server → Client/ }),
    ).toBeInTheDocument();
    expect(field(panel, 'Source port')).toBe('80');
    expect(field(panel, 'Destination port')).toBe('49152');
    expect(field(panel, 'Sequence number')).toBe('5000');
    expect(field(panel, 'Acknowledgment number')).toBe('1001');
    expect(field(panel, 'Window')).toBe('65535');
    expect(field(panel, 'Payload length')).toBe('0');
    expect(field(panel, 'Options')).toBe('MSS 1460 · Window scale 7 (×128) · SACK permitted');
    const bits = within(panel).getByRole('table');
    const headers = within(bits)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const values = within(bits)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(headers).toEqual(['URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN']);
    expect(values).toEqual(['0', '1', '0', '0', '1', '0']);
    expect(field(panel, 'Status')).toBe('delivered · first transmission');
  });

  it('says when the ACK field is not in use', async () => {
    const panel = await inspect('', /— segment 1,/);
    expect(field(panel, 'Acknowledgment number')).toBe('— (ACK flag clear)');
  });

  it('tells a lost segment from its retransmission', async () => {
    const lost = await inspect('?scenario=lost-syn', /— segment 1,/);
    expect(field(lost, 'Status')).toBe('lost by the network · first transmission');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: /— segment 2,/ }));
    });
    expect(field(lost, 'Status')).toBe('delivered · retransmission of segment 1');
  });

  it('opens on keyboard focus and follows the number mode', async () => {
    const app = await renderApp();
    app.key('End');
    act(() => {
      screen.getByRole('button', { name: /— segment 3,/ }).focus();
    });
    const panel = await screen
      .findByRole('heading', { name: /^Segment 3:/ })
      .then(() => screen.getByRole('region', { name: 'Segment inspector' }));
    expect(field(panel, 'Sequence number')).toBe('1001');
    act(() => {
      fireEvent.click(screen.getByRole('radio', { name: 'Relative' }));
    });
    expect(field(panel, 'Sequence number')).toBe('1');
    expect(field(panel, 'Acknowledgment number')).toBe('1');
    act(() => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Close the inspector' }));
    });
    expect(screen.getByText(/Click or focus a segment/)).toBeInTheDocument();
  });
});
