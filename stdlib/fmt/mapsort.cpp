// Map key ordering for fmt (a port of Go's internal/fmtsort and sort.Stable).
#include "stdlib/fmt/mapsort.hpp"

#include <bit>
#include <cmath>

#include "lang/types.hpp"
#include "stdlib/value.hpp"
#include "vm/heap.hpp"

namespace weft::stdlib::fmt {
namespace {

using types::Kind;

template <class T>
int three(T a, T b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

int floatCompare(double a, double b) {
  if (std::isnan(a)) return -1;  // no good answer if b is a NaN too
  if (std::isnan(b)) return 1;
  return three(a, b);
}

// Go's sort.Stable: insertion-sorted blocks of 20, then symmetric merges.
template <class Less, class Swap>
void insertionSort(int a, int b, Less less, Swap swap) {
  for (int i = a + 1; i < b; i++)
    for (int j = i; j > a && less(j, j - 1); j--) swap(j, j - 1);
}

template <class Swap>
void swapRange(int a, int b, int n, Swap swap) {
  for (int i = 0; i < n; i++) swap(a + i, b + i);
}

template <class Swap>
void rotate(int a, int m, int b, Swap swap) {
  int i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swapRange(m - i, m, j, swap);
      i -= j;
    } else {
      swapRange(m - i, m + j - i, i, swap);
      j -= i;
    }
  }
  swapRange(m - i, m, i, swap);
}

template <class Less, class Swap>
void symMerge(int a, int m, int b, Less less, Swap swap) {
  if (m - a == 1) {
    int i = m, j = b;
    while (i < j) {
      int h = static_cast<int>(static_cast<unsigned>(i + j) >> 1);
      if (less(h, a)) {
        i = h + 1;
      } else {
        j = h;
      }
    }
    for (int k = a; k < i - 1; k++) swap(k, k + 1);
    return;
  }
  if (b - m == 1) {
    int i = a, j = m;
    while (i < j) {
      int h = static_cast<int>(static_cast<unsigned>(i + j) >> 1);
      if (!less(m, h)) {
        i = h + 1;
      } else {
        j = h;
      }
    }
    for (int k = m; k > i; k--) swap(k, k - 1);
    return;
  }
  int mid = static_cast<int>(static_cast<unsigned>(a + b) >> 1);
  int n = mid + m;
  int start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  int p = n - 1;
  while (start < r) {
    int c = static_cast<int>(static_cast<unsigned>(start + r) >> 1);
    if (!less(p - c, c)) {
      start = c + 1;
    } else {
      r = c;
    }
  }
  int end = n - start;
  if (start < m && m < end) rotate(start, m, end, swap);
  if (a < start && start < mid) symMerge(a, start, mid, less, swap);
  if (mid < end && end < b) symMerge(mid, end, b, less, swap);
}

template <class Less, class Swap>
void stable(int n, Less less, Swap swap) {
  int blockSize = 20;
  int a = 0, b = blockSize;
  while (b <= n) {
    insertionSort(a, b, less, swap);
    a = b;
    b += blockSize;
  }
  insertionSort(a, n, less, swap);
  while (blockSize < n) {
    a = 0;
    b = 2 * blockSize;
    while (b <= n) {
      symMerge(a, a + blockSize, b, less, swap);
      a = b;
      b += 2 * blockSize;
    }
    if (int m = a + blockSize; m < n) symMerge(a, m, n, less, swap);
    blockSize *= 2;
  }
}

}  // namespace

int compareKeys(const vm::Word* a, const vm::Word* b, const types::Type* t) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
      return three(intValue(a, u), intValue(b, u));
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
      return three(uintValue(a, u), uintValue(b, u));
    case Kind::String:
      return three(stringValue(a), stringValue(b));
    case Kind::Float32:
    case Kind::Float64:
      return floatCompare(floatValue(a), floatValue(b));
    case Kind::Complex64:
    case Kind::Complex128: {
      if (int c = floatCompare(floatValue(a), floatValue(b))) return c;
      return floatCompare(floatValue(a + 1), floatValue(b + 1));
    }
    case Kind::Bool:
      return three(a[0] != 0, b[0] != 0);
    case Kind::Pointer:
    case Kind::UnsafePointer:
    case Kind::Chan:
      return three(a[0], b[0]);  // by address; nil (0) first
    case Kind::Struct: {
      auto* s = static_cast<const types::Struct*>(u);
      for (std::size_t i = 0; i < s->fields.size(); i++) {
        int32_t off = vm::fieldOffset(t, static_cast<int>(i));
        if (int c = compareKeys(a + off, b + off, s->fields[i]->type)) return c;
      }
      return 0;
    }
    case Kind::Array: {
      auto* arr = static_cast<const types::Array*>(u);
      int32_t stride = vm::slotsOf(arr->elem);
      for (int64_t i = 0; i < arr->len; i++)
        if (int c = compareKeys(a + i * stride, b + i * stride, arr->elem)) return c;
      return 0;
    }
    case Kind::Interface: {
      auto* ba = reinterpret_cast<const vm::Box*>(a[0]);
      auto* bb = reinterpret_cast<const vm::Box*>(b[0]);
      if (!ba || !bb) return ba ? 1 : bb ? -1 : 0;
      if (ba->type != bb->type) return three(ba->type, bb->type);  // by type descriptor
      return compareKeys(ba->payload, bb->payload, ba->type);
    }
    default:
      return 0;
  }
}

void sortMapEntries(std::vector<std::pair<const vm::Word*, const vm::Word*>>& entries,
                    const types::Type* keyType) {
  stable(
      static_cast<int>(entries.size()),
      [&](int i, int j) {
        return compareKeys(entries[static_cast<std::size_t>(i)].first,
                           entries[static_cast<std::size_t>(j)].first, keyType) < 0;
      },
      [&](int i, int j) {
        std::swap(entries[static_cast<std::size_t>(i)], entries[static_cast<std::size_t>(j)]);
      });
}

}  // namespace weft::stdlib::fmt
