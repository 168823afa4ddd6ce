// One diagnostics type for syntax errors, type errors, vet-style warnings and runtime traces.
#pragma once

#include <string>
#include <vector>

#include "lang/ast.hpp"

namespace weft::lang {

enum class Severity { Error, Warning };

struct Diagnostic {
  std::string file;
  ast::Pos pos;
  std::string message;  // without the position prefix, e.g. "undefined: x"
  Severity severity = Severity::Error;

  // "file:line:col: message" as the CLI prints it.
  std::string str() const {
    return file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + ": " + message;
  }
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasErrors(const Diagnostics& ds) {
  for (auto& d : ds)
    if (d.severity == Severity::Error) return true;
  return false;
}

}  // namespace weft::lang
