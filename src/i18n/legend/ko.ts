/** The legend in Korean. */
import type { LegendMessages } from './messages.ts';

export const legendKo: LegendMessages = {
  title: '다이어그램 표시의 뜻',
  intro: '시간은 위에서 아래로 흐르고, 왼쪽 레인은 클라이언트, 오른쪽 레인은 서버입니다.',
  sampleLost: '유실',
  marks: {
    segment: {
      name: '세그먼트',
      meaning:
        '보낸 쪽에서 받는 쪽으로 가는 화살표이며, 기울기가 전송 시간입니다. 위에는 플래그, 아래에는 SEQ, ACK, LEN이 있습니다. 클라이언트의 세그먼트는 파란색, 서버의 세그먼트는 주황색입니다.',
    },
    retransmission: {
      name: '↻ 재전송',
      meaning:
        '플래그 앞의 ↻: 타이머가 만료되어 같은 바이트를 다시 보낸 것입니다. 선택하면 앞선 사본들이 함께 강조됩니다.',
    },
    lost: {
      name: '유실',
      meaning: '중간의 X 표시에서 끊긴 점선 화살표: 네트워크가 잃어버려 도착하지 못했습니다.',
    },
    flight: {
      name: '전송 중',
      meaning: '흐린 선은 세그먼트가 가고 있는 경로이고, 점은 지금 있는 위치입니다.',
    },
    burst: {
      name: '한꺼번에 보낸 세그먼트',
      meaning:
        '한쪽이 같은 순간에 보낸 세그먼트들(윈도만큼의 데이터, 또는 그에 답하는 ACK들)은 레이블 하나가 붙은 부채꼴 하나로 그립니다. 레이블에는 개수와, 첫 세그먼트부터 마지막까지의 번호 범위가 적힙니다. 화살표 하나를 선택하면 그 세그먼트의 레이블이 나타납니다.',
    },
    band: {
      name: '상태 띠',
      meaning:
        '레인을 따라 그려진 띠는 그쪽의 TCP 상태이며, 옆에 이름이 적혀 있고 단계별로 색이 다릅니다: 여는 중, 열림, 닫는 중, 대기, 닫힘.',
    },
    rto: {
      name: '재전송 타이머 (RTO)',
      meaning:
        '레인 옆의 실선 막대: 점은 타이머가 시작된 곳, 가로줄은 만료된 곳입니다 (가로줄이 없으면 ACK로 멈춘 것입니다).',
    },
    timeWait: {
      name: 'TIME-WAIT 타이머 (2 MSL)',
      meaning: '점선 막대: 먼저 닫은 쪽이 연결을 잊기 전에 기다리는 2 MSL입니다.',
    },
    compressed: {
      name: '압축된 시간',
      meaning:
        '빗금 친 구간은 긴 대기를 짧게 그린 것이며, 실제로 얼마나 길었는지 레이블에 적혀 있습니다.',
    },
    playhead: {
      name: '현재',
      meaning: '두 레인을 가로지르는 선은 플레이어의 현재 시점입니다.',
    },
  },
};
