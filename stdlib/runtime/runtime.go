// Package runtime: run-time errors, the platform, and the scheduler's knobs.
package runtime

// The Error interface identifies a run time error (index out of range, nil map write, ...).
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that are run time
	// errors from ordinary errors.
	RuntimeError()
}

// GOOS and GOARCH are the running program's operating system and architecture.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns
// the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run. It does not suspend the
// current goroutine, so execution resumes automatically.
func Gosched()

// Goexit terminates the goroutine that calls it. No other goroutine is affected. Goexit runs all
// deferred calls before terminating the goroutine. Because Goexit is not a panic, any recover
// calls in those deferred functions will return nil.
func Goexit()

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack. The argument skip is the number of stack frames to ascend, with 0
// identifying the caller of Caller. The pc is an opaque number in Weft (there is no FuncForPC).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
