// The bounds of the large stack the front end runs on (check::runOnLargeStack), for the parser's
// check of how much native stack is left. Empty when the current code does not run on one.
#pragma once

#include <cstddef>

namespace weft::lang {

struct StackBounds {
  const char* low = nullptr;  // lowest usable address
  std::size_t size = 0;
  bool contains(const char* p) const { return low && p > low && p <= low + size; }
};

// This thread's current large stack (set while runOnLargeStack runs a function on it).
StackBounds& currentLargeStack();

}  // namespace weft::lang
