// The Go source files of the standard library, embedded into the library at build time by
// cmake/EmbedGo.cmake (which generates the definition of `files()`).
#pragma once

#include <cstddef>
#include <span>

namespace weft::stdlib::embedded {

struct File {
  const char* path;  // relative to stdlib/, e.g. "unicode/utf8/utf8.go"
  const char* text;
  std::size_t size;
};

// Every embedded file, sorted by path.
std::span<const File> files();

}  // namespace weft::stdlib::embedded
