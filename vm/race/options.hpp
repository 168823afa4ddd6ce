// Options of the race detector (GORACE in Go), kept apart so vm/machine.hpp can hold them
// without pulling in the detector.
#pragma once

#include <string>
#include <string_view>

namespace weft::vm::race {

struct Options {
  bool haltOnError = false;  // halt_on_error=1: exit after the first report
  int exitCode = 66;         // exitcode=N: status of a run that found races
  int historySize = 1;       // history_size=N (0..7): accepted; Weft keeps every stack
};

// Parses a GORACE value ("halt_on_error=1 exitcode=3"). False with `error` set on a bad option.
bool parseOptions(std::string_view gorace, Options* out, std::string* error);

}  // namespace weft::vm::race
