/** The tour in Korean. */
import type { TourMessages } from './messages.ts';

export const tourKo: TourMessages = {
  title: '빠른 둘러보기',
  stepOf: (n, total) => `${total}단계 중 ${n}`,
  skip: '둘러보기 건너뛰기',
  back: '이전',
  next: '다음',
  done: '시작하기',
  steps: {
    ladder: {
      heading: '두 개의 레인, 아래로 흐르는 시간',
      body: '왼쪽 레인은 클라이언트, 오른쪽은 서버이고, 시간은 위에서 아래로 흐릅니다. 화살표 하나가 TCP 세그먼트 하나이며, 위에는 플래그, 아래에는 SEQ, ACK, LEN이 적혀 있습니다. 레인을 따라 그려진 색 띠는 그쪽의 현재 상태입니다.',
    },
    stepping: {
      heading: '한 단계씩 진행하기',
      body: '버튼, 화살표 키, PageUp/PageDown으로 앞뒤로 한 단계씩 이동하고, Space로 재생과 일시 정지를 합니다. 시나리오 메뉴에서 세그먼트 유실, 종료, 리셋 같은 다른 시나리오를 고를 수 있습니다.',
    },
    why: {
      heading: '모든 단계에 이유가 있습니다',
      body: '설명 패널은 각 단계의 규칙(RFC 9293의 절)과 계산(예: ACK = 1000 + 1 = 1001)을 보여 줍니다. 화살표를 선택하면 모든 필드를 볼 수 있고, 다이어그램의 ‘표시’ 버튼은 그림의 모든 표시를 설명합니다.',
    },
    views: {
      heading: '직접 망가뜨리거나, 직접 가져오기',
      body: '실험실: 양쪽 끝을 직접 조작하고, 세그먼트를 잃거나 늦추고, 서버에 SYN 플러드를 보내거나, 다음 상태를 예측해 보세요. 캡처 열기: 실제 .pcap, .pcapng 파일을 재생합니다. ‘둘러보기’ 버튼으로 이 안내를 다시 볼 수 있습니다.',
    },
  },
};
