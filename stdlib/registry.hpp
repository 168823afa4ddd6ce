// The standard library as the rest of Weft sees it: the Go source of each package (embedded at
// build time from stdlib/<import path>/*.go) and the C++ natives that implement the functions
// those sources declare without a body.
//
//   checker / importer:  packageSources("strings") -> the files of package strings
//   CLI, REPL, docs:     packagePaths() -> every importable standard package
//   VM set-up:           registerNatives(registry) -> "strings.Index", "fmt.Sprintf", ...
//
// Native names are the full import path, a dot and the function name ("unicode/utf8.RuneLen",
// "math/rand.Intn"); methods are "pkg.T.M" (value receiver) or "pkg.(*T).M" (pointer receiver).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vm/native.hpp"

namespace weft::stdlib {

struct SourceFile {
  std::string name;  // "strings/strings.go": the import path, a slash and the file name
  std::string text;
};

// The Go files of the standard package `importPath` ("fmt", "unicode/utf8"), sorted by name,
// or nullopt if there is no such package. Files of sub-packages are not included.
std::optional<std::vector<SourceFile>> packageSources(std::string_view importPath);

// The import paths of every standard package, sorted.
std::vector<std::string> packagePaths();

// Adds the implementation of every native function of every standard package.
void registerNatives(vm::NativeRegistry& registry);

}  // namespace weft::stdlib
