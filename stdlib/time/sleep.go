// Sleep, timers and tickers (Go 1.19's time/sleep.go and time/tick.go over Weft's runtime
// timers, vm/time_prims.hpp). A timer's channel has capacity 1 and the runtime sends on it
// without blocking, so a tick nobody received is dropped, as in Go before 1.23.

package time

import "errors"

// Sleep pauses the current goroutine for at least the duration d.
// A negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)

// runtimeTimer is the runtime's timer object (vm::ChanTimer); Go code never looks inside.
// Being pointed at, it stays alive for the collector.
type runtimeTimer struct {
	word uintptr
}

// timerClock is what the runtime needs to build the Time a timer sends: the location of
// Now()'s results and the monotonic clock's origin (see Now). Words: [0] loc, [1] start.
type timerClock struct {
	loc   *Location
	start int64
}

var theTimerClock = &timerClock{loc: Local, start: startNano}

// newChanTimer makes a timer that sends the current Time on c (not yet started).
func newChanTimer(c chan Time, clock *timerClock) *runtimeTimer

// newFuncTimer makes a timer that runs f in its own goroutine (not yet started).
func newFuncTimer(f func()) *runtimeTimer

// resetTimer (re)starts r: first firing after d nanoseconds, then every period nanoseconds if
// period > 0. It reports whether r was pending.
func resetTimer(r *runtimeTimer, d int64, period int64) bool

// stopTimer stops r and reports whether it was pending.
func stopTimer(r *runtimeTimer) bool

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
// A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// Stop prevents the Timer from firing.
// It returns true if the call stops the timer, false if the timer has already
// expired or been stopped.
// Stop does not close the channel, to prevent a read from the channel succeeding
// incorrectly.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// NewTimer creates a new Timer that will send
// the current time on its channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: newChanTimer(c, theTimerClock)}
	resetTimer(t.r, int64(d), 0)
	return t
}

// Reset changes the timer to expire after duration d.
// It returns true if the timer had been active, false if the timer had
// expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d), 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
// It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f
// in its own goroutine. It returns a Timer that can
// be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: newFuncTimer(f)}
	resetTimer(t.r, int64(d), 0)
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock
// at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r *runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send
// the current time on the channel after each tick. The period of the
// ticks is specified by the duration argument. The ticker will adjust
// the time interval or drop ticks to make up for slow receivers.
// The duration d must be greater than zero; if not, NewTicker will
// panic. Stop the ticker to release associated resources.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: newChanTimer(c, theTimerClock)}
	resetTimer(t.r, int64(d), int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
// Stop does not close the channel, to prevent a concurrent goroutine
// reading from the channel from seeing an erroneous "tick".
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, int64(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking
// channel only. While Tick is useful for clients that have no need to shut down
// the Ticker, be aware that without a way to shut it down the underlying
// Ticker cannot be recovered by the garbage collector; it "leaks".
// Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
