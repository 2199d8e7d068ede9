## Slow replay: the controls above the bottom tabs (src/ui/replay_bar.rs, src/app/replay.rs).

replay-start = Replay slowly
replay-start-tooltip = Replay this exchange on screen, read by read, at a speed you choose. Nothing is fetched again.
replay-start-unavailable = Ready once a fetch has finished: it shows that fetch again, read by read.
replay-play = Play
replay-pause = Pause
replay-step = Step
replay-step-tooltip = One read forward
replay-speed = Speed:
replay-position = Read { $shown } of { $reads } · { $at } of { $length }
replay-preparing = Preparing read { $read }…
replay-stop = Show the whole exchange
