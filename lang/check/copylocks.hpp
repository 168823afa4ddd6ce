// go vet's copylocks check over a checked program: values containing a lock (sync.Mutex,
// sync.WaitGroup, ...) that are copied by assignment, declaration, call argument, composite
// literal, return, range variable, or by a function's value receiver or parameters.
//
// A port of golang.org/x/tools/go/analysis/passes/copylock as vendored in Go 1.19: the same
// cases, the same exemptions (composite literals and calls on the right-hand side: they yield
// fresh values; the builtins new/len/cap; variadic parameters), the same wording and positions,
// and the diagnostics in the analyzer's pre-order visiting order (not sorted), so the output is
// what `go vet prog.go` prints for its copylocks findings.
//
// A type is a lock when a pointer to it has methods Lock() and Unlock() and the value itself
// does not (vet's test: *T implements sync.Locker, T does not), or it is sync.noCopy; a struct
// or array containing a lock is reported with the path, outermost first:
// "command-line-arguments.T contains sync.WaitGroup contains sync.noCopy". The main package is
// named "command-line-arguments", as go vet names a package given as files.
//
// Only the main package is analysed (vet analyses the package it is given), and only when it
// type-checked without errors.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "lang/check/check.hpp"
#include "lang/diagnostic.hpp"

namespace weft::lang::check {

// The text of a source file by name, if the caller has it (used to print function literals
// the way go/printer does: their source text). May be empty.
using SourceLookup = std::function<std::string_view(std::string_view filename)>;

// Severity::Warning diagnostics, in vet's order. Empty when the program has errors.
Diagnostics copyLocks(const Program& prog, const SourceLookup& source = {});

}  // namespace weft::lang::check
