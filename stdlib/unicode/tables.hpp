// Unicode data tables generated from Go's unicode package (see stdlib/_tools/maketables.go).
// Use the functions of stdlib/unicode/unicode.hpp rather than these tables directly.
#pragma once

#include <cstdint>
#include <span>

namespace weft::stdlib::unicode {

// The runes lo, lo+stride, ..., hi.
struct Range {
  uint32_t lo, hi, stride;
};
struct RangeTable {
  const Range* ranges;  // sorted, disjoint
  std::size_t size;
};
// A run of runes with the same case mapping: Delta[UpperCase/LowerCase/TitleCase]; a delta of
// MaxRune+1 marks an alternating Upper/Lower sequence (as in Go's unicode.CaseRanges).
struct CaseRange {
  uint32_t lo, hi;
  int32_t delta[3];
};
struct FoldPair {
  uint32_t from, to;
};

extern const char* const unicodeVersion;
// One table per classification function of Go's unicode package (IsLetter, IsUpper, ...),
// Latin-1 special cases included.
extern const RangeTable letterTable, upperTable, lowerTable, titleTable, digitTable, numberTable,
    markTable, punctTable, symbolTable, spaceTable, printTable, graphicTable, controlTable;
extern const std::span<const CaseRange> caseRanges;
extern const std::span<const FoldPair> caseOrbit;  // sorted by `from`
// Every table of Go's unicode.Categories, Scripts and Properties, indexed by the id that
// stdlib/unicode/tables.go gives its RangeTable.
extern const std::span<const RangeTable> namedTables;

}  // namespace weft::stdlib::unicode
