// Goroutine storage management.
#include "vm/goroutine.hpp"

#include "vm/panic.hpp"

namespace weft::vm {

Goroutine::~Goroutine() {
  dropPanics(*this);
}

void Goroutine::growStack(std::size_t top) {
  std::size_t n = stack.size() < 8 ? 8 : stack.size();
  while (n < top) n *= 2;
  stack.resize(n, 0);
}

}  // namespace weft::vm
