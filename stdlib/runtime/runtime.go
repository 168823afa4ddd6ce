// Package runtime: the parts of Go's runtime package that are about values, not scheduling.
// (GOMAXPROCS, Gosched, NumGoroutine and GC belong to the scheduler and are not here yet.)
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
