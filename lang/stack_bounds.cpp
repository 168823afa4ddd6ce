#include "lang/stack_bounds.hpp"

namespace weft::lang {

StackBounds& currentLargeStack() {
  thread_local StackBounds bounds;
  return bounds;
}

}  // namespace weft::lang
