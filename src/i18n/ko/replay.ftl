## 천천히 다시 보기: 아래 탭 위의 버튼들(src/ui/replay_bar.rs, src/app/replay.rs).

replay-start = 천천히 다시 보기
replay-start-tooltip = 다시 가져오지 않고, 이 요청을 고른 속도로 읽기 하나하나 화면에서 다시 보여 줍니다.
replay-start-unavailable = 가져오기가 끝난 뒤에 사용할 수 있습니다. 끝난 가져오기를 읽은 순서대로 다시 보여 줍니다.
replay-play = 재생
replay-pause = 일시 정지
replay-step = 한 단계
replay-step-tooltip = 읽기 하나 앞으로
replay-speed = 속도:
replay-position = 읽기 { $reads }번 중 { $shown }번째 · { $length } 중 { $at }
replay-preparing = { $read }번째 읽기를 준비하는 중입니다…
replay-stop = 다시 보기 끝내기
