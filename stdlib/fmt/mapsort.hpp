// The key order fmt prints maps in (Go's internal/fmtsort): ints, floats and strings by <,
// NaN first, false before true, pointers and channels by address, structs and arrays field by
// field, interfaces by dynamic type and then by value; nil first.
#pragma once

#include <utility>
#include <vector>

#include "stdlib/fmt/printer.hpp"

namespace weft::stdlib::fmt {

// -1, 0 or 1 as a is less than, equal to or greater than b (both of type t).
int compareKeys(const vm::Word* a, const vm::Word* b, const types::Type* t);

// Sorts the entries by key with Go's sort.Stable algorithm (so even keys that compare
// inconsistently, such as NaNs, end up in Go's order).
void sortMapEntries(std::vector<std::pair<const vm::Word*, const vm::Word*>>& entries,
                    const types::Type* keyType);

}  // namespace weft::stdlib::fmt
