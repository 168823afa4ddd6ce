// Go panics inside the VM: raising them (runtime errors, panic(v), natives), the texts of
// runtime errors, and the crash report printed when a panic ends the program.
//
// A panic is a value on the goroutine (Goroutine::panic), never a C++ exception: the opcode that
// fails records the panic and the interpreter's unwinding code runs the deferred calls.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/goroutine.hpp"

namespace weft::vm {

class Machine;

// Starts a panic with `value` (an interface box, or null for panic(nil)).
void startPanic(Goroutine& g, Box* value, bool runtimeError = false);
// Starts a panic with a runtime error whose Error() is `message` (e.g.
// "runtime error: index out of range [5] with length 3").
void startRuntimeError(Machine& m, Goroutine& g, std::string_view message);
// Marks the goroutine as failing fatally ("fatal error: message"): no deferred call runs.
void startFatal(Machine& m, Goroutine& g, std::string_view message);
// Removes panic records (after a recovery or when the goroutine ends).
void dropPanics(Goroutine& g);

// Texts of Go's runtime errors (all prefixed with "runtime error: ").
std::string indexError(int64_t index, int64_t length);
// kind: 0 s[:x] with length, 1 s[:x] with capacity, 2 s[x:y], 3 s[::x] length, 4 s[::x]
// capacity, 5 s[:x:y], 6 s[x:y:]
std::string sliceError(int kind, int64_t x, int64_t y);
// The bounds check for s[lo:hi] over a length-or-capacity `bound`; empty when in range.
// `isCap` chooses between "with capacity" (slices) and "with length" (strings, arrays).
std::string checkSlice2(int64_t lo, int64_t hi, int64_t bound, bool isCap);
std::string checkSlice3(int64_t lo, int64_t hi, int64_t max, int64_t bound, bool isCap);
inline constexpr std::string_view kNilDeref =
    "runtime error: invalid memory address or nil pointer dereference";
inline constexpr std::string_view kDivideByZero = "runtime error: integer divide by zero";
inline constexpr std::string_view kNegativeShift = "runtime error: negative shift amount";
inline constexpr std::string_view kNilMapWrite = "assignment to entry in nil map";

// "interface conversion: ..." texts.
std::string assertionError(const types::Type* ifaceType, const types::Type* dynamic,
                           const types::Type* target);
std::string missingMethodError(const types::Type* dynamic, const types::Type* target,
                               std::string_view method);

// The text `panic: v` prints for a panic value (calls Error/String methods when present).
std::string panicValueText(Machine& m, Goroutine& g, Box* value);

}  // namespace weft::vm
