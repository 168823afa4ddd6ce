// Package os: the program's arguments, environment, standard streams, exit, and whole-file
// reads and writes. Output goes through the VM (the host's stdout/stderr sinks); os.Exit
// stops the program through the VM.
package os

import (
	"errors"
	"io"
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code. Deferred functions are
// not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key ("" if unset).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key and whether it
// is set.
func LookupEnv(key string) (string, bool)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// File is an open file descriptor. Only the standard streams exist in Weft.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor number.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes to the file.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 1 && f.fd != 2 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New("bad file descriptor")}
	}
	writeBytes(f.fd, b)
	return len(b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 1 && f.fd != 2 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New("bad file descriptor")}
	}
	writeString(f.fd, s)
	return len(s), nil
}

// Read reads up to len(b) bytes from the file.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errors.New("bad file descriptor")}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = readStdin(b)
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close is a no-op for the standard streams.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

func writeBytes(fd int, b []byte)
func writeString(fd int, s string)
func readStdin(b []byte) int

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	data, errno := readFile(name)
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: Errno(errno)}
	}
	return data, nil
}

// WriteFile writes data to the named file, creating it with permissions perm if necessary
// and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	if errno := writeFile(name, data, uint32(perm)); errno != 0 {
		return &PathError{Op: "open", Path: name, Err: Errno(errno)}
	}
	return nil
}

func readFile(name string) ([]byte, int)
func writeFile(name string, data []byte, perm uint32) int

// Errno is an operating system error number (Go's syscall.Errno).
type Errno uintptr

func (e Errno) Error() string { return errnoText(int(e)) }

// Is lets errors.Is(err, os.ErrNotExist) and friends match.
func (e Errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 1 || e == 13 // EPERM, EACCES
	case ErrExist:
		return e == 17 || e == 39 // EEXIST, ENOTEMPTY
	case ErrNotExist:
		return e == 2 // ENOENT
	}
	return false
}

func errnoText(errno int) string

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
)

// IsNotExist reports whether err reports that a file or directory does not exist.
func IsNotExist(err error) bool { return errors.Is(err, ErrNotExist) }

// IsExist reports whether err reports that a file or directory already exists.
func IsExist(err error) bool { return errors.Is(err, ErrExist) }

// IsPermission reports whether err reports that permission is denied.
func IsPermission(err error) bool { return errors.Is(err, ErrPermission) }
