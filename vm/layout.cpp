// Storage layout of Go types (docs/architecture.md, "Values"): how many words a value occupies
// inline, which of them are heap references, and where each struct field starts.
//
// One word: every scalar, string, slice, map, chan, func, pointer and interface. Complex
// numbers take two words (real and imaginary part, each represented like a float64/float32).
// Structs and arrays are inline and flattened: a struct is its fields' words in order, an array
// is `len` copies of its element's words. Zero-size types take no words.
//
// Thread safety: the results are cached in the Type's mutable fields and several workers may
// ask at once. `slotsCache` doubles as the publication flag: -1 not computed, -2 being computed
// by the thread that won the compare-exchange, >= 0 done (stored with release after the
// ptrmap and field offsets are written, read with acquire). A thread that finds -2 waits for
// the winner; types nest without cycles (a value type cannot contain itself), so waiting cannot
// deadlock, and a thread that meets a type it is itself computing reports an invalid recursive
// type instead of spinning.
#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "lang/types.hpp"
#include "vm/heap.hpp"

namespace weft::vm {

namespace {

using types::Kind;
using types::Type;

// A value type larger than this is rejected (2 GiB of inline storage).
constexpr int64_t kMaxSlots = int64_t{1} << 28;

[[noreturn]] void layoutFatal(const char* what) {
  std::fprintf(stderr, "fatal error: %s\n", what);
  std::abort();
}

thread_local std::vector<const Type*> tlsComputing;

struct Layout {
  int64_t slots = 0;
  std::vector<bool> ptrmap;
  std::vector<int32_t> offsets;  // structs only
};

void append(Layout& out, const Type* t) {
  int32_t n = slotsOf(t);
  const std::vector<bool>& pm = ptrmapOf(t);
  out.ptrmap.insert(out.ptrmap.end(), pm.begin(), pm.end());
  out.slots += n;
}

Layout compute(const Type* t) {
  Layout l;
  auto scalar = [&](bool pointer) {
    l.slots = 1;
    l.ptrmap.assign(1, pointer);
  };
  switch (t->kind) {
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::UntypedComplex:
      l.slots = 2;
      l.ptrmap.assign(2, false);
      break;
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(t);
      int64_t es = slotsOf(a->elem);
      if (a->len < 0 || (es > 0 && a->len > kMaxSlots / es)) layoutFatal("type too large");
      l.slots = es * a->len;
      const std::vector<bool>& pm = ptrmapOf(a->elem);
      l.ptrmap.reserve(static_cast<std::size_t>(l.slots));
      if (std::find(pm.begin(), pm.end(), true) == pm.end()) {
        l.ptrmap.assign(static_cast<std::size_t>(l.slots), false);
      } else {
        for (int64_t i = 0; i < a->len; ++i) l.ptrmap.insert(l.ptrmap.end(), pm.begin(), pm.end());
      }
      break;
    }
    case Kind::Struct: {
      auto* s = static_cast<const types::Struct*>(t);
      for (const types::Var* f : s->fields) {
        l.offsets.push_back(static_cast<int32_t>(l.slots));
        append(l, f->type);
        if (l.slots > kMaxSlots) layoutFatal("type too large");
      }
      break;
    }
    case Kind::Tuple: {
      auto* tu = static_cast<const types::Tuple*>(t);
      for (const types::Var* v : tu->vars) {
        append(l, v->type);
        if (l.slots > kMaxSlots) layoutFatal("type too large");
      }
      break;
    }
    case Kind::Named: {
      const Type* u = t->underlying();
      if (u == t) {
        scalar(false);  // a named type without underlying type (checker error): inert word
      } else {
        append(l, u);  // field offsets stay with the underlying Struct (see fieldOffset)
      }
      break;
    }
    default:  // every one-word kind: wordIsReference decides
      scalar(wordIsReference(t));
      break;
  }
  return l;
}

int32_t computeAndPublish(const Type* t) {
  std::atomic_ref<int32_t> state(t->slotsCache);
  for (;;) {
    int32_t expected = -1;
    if (state.compare_exchange_strong(expected, -2, std::memory_order_acquire)) {
      tlsComputing.push_back(t);
      Layout l = compute(t);
      tlsComputing.pop_back();
      t->ptrmapCache = std::move(l.ptrmap);
      if (t->kind == Kind::Struct) static_cast<const types::Struct*>(t)->offsetsCache = l.offsets;
      state.store(static_cast<int32_t>(l.slots), std::memory_order_release);
      return static_cast<int32_t>(l.slots);
    }
    if (expected >= 0) return expected;
    if (std::find(tlsComputing.begin(), tlsComputing.end(), t) != tlsComputing.end())
      layoutFatal("invalid recursive type");
    std::this_thread::yield();
    if (int32_t s = state.load(std::memory_order_acquire); s >= 0) return s;
  }
}

}  // namespace

bool wordIsReference(const types::Type* t) {
  if (!t) return true;
  const Type* u = t->underlying();
  if (!u) return true;
  switch (u->kind) {
    case Kind::Invalid:
    case Kind::Bool:
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Float32:
    case Kind::Float64:
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::UntypedBool:
    case Kind::UntypedInt:
    case Kind::UntypedRune:
    case Kind::UntypedFloat:
    case Kind::UntypedComplex:
      return false;
    case Kind::Named:  // a named type without underlying type (checker error): inert word
      return false;
    default:
      return true;
  }
}

int32_t slotsOf(const types::Type* t) {
  int32_t s = std::atomic_ref<int32_t>(t->slotsCache).load(std::memory_order_acquire);
  if (s >= 0) return s;
  return computeAndPublish(t);
}

const std::vector<bool>& ptrmapOf(const types::Type* t) {
  slotsOf(t);
  return t->ptrmapCache;
}

int64_t goAlignof(const types::Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int8:
    case Kind::Uint8:
    case Kind::UntypedBool:
      return 1;
    case Kind::Int16:
    case Kind::Uint16:
      return 2;
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::Float32:
    case Kind::Complex64:
    case Kind::UntypedRune:
      return 4;
    case Kind::Array:
      return goAlignof(static_cast<const types::Array*>(u)->elem);
    case Kind::Struct: {
      int64_t a = 1;
      for (const types::Var* f : static_cast<const types::Struct*>(u)->fields)
        a = std::max(a, goAlignof(f->type));
      return a;
    }
    default:
      return 8;
  }
}

int64_t goSizeof(const types::Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int8:
    case Kind::Uint8:
    case Kind::UntypedBool:
      return 1;
    case Kind::Int16:
    case Kind::Uint16:
      return 2;
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::Float32:
    case Kind::UntypedRune:
      return 4;
    case Kind::Complex128:
    case Kind::UntypedComplex:
    case Kind::String:
    case Kind::UntypedString:
    case Kind::Interface:
      return 16;
    case Kind::Slice:
      return 24;
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(u);
      return a->len * goSizeof(a->elem);
    }
    case Kind::Struct: {
      int64_t off = 0, align = 1;
      bool lastZero = false;
      for (const types::Var* f : static_cast<const types::Struct*>(u)->fields) {
        int64_t fa = goAlignof(f->type), fs = goSizeof(f->type);
        off = (off + fa - 1) / fa * fa + fs;
        align = std::max(align, fa);
        lastZero = fs == 0;
      }
      if (off > 0 && lastZero) ++off;  // Go pads so &lastField stays inside the object
      return (off + align - 1) / align * align;
    }
    case Kind::Tuple:
      return 0;
    default:  // int, uint, int64, uint64, uintptr, float64, complex64, pointers, maps, chans, funcs
      return 8;
  }
}

namespace {

// Go's runtime.roundupsize with Go's size classes (runtime/sizeclasses.go).
int64_t roundUpToSizeClass(int64_t size) {
  static constexpr uint16_t kClassSize[] = {
      0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
      160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
      448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
      1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
      6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
      18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
  if (size < 32768) {
    // Smallest class that holds `size` (the table is sorted; Go's lookup tables give the same).
    for (uint16_t c : kClassSize)
      if (c >= size) return c;
  }
  constexpr int64_t kPage = 8192;
  if (size > INT64_MAX - kPage) return size;
  return (size + kPage - 1) / kPage * kPage;
}

}  // namespace

int64_t appendCapacity(int64_t oldCap, int64_t newLen, int64_t elemSize) {
  int64_t newCap = oldCap;
  int64_t doubleCap = oldCap + oldCap;
  if (newLen > doubleCap) {
    newCap = newLen;
  } else if (oldCap < 256) {
    newCap = doubleCap;
  } else {
    while (0 < newCap && newCap < newLen) newCap += (newCap + 3 * 256) / 4;
    if (newCap <= 0) newCap = newLen;
  }
  if (elemSize <= 0) return newLen;  // zero-size elements: Go keeps cap == len
  if (newCap > INT64_MAX / elemSize) return newCap;
  return roundUpToSizeClass(newCap * elemSize) / elemSize;
}

int32_t fieldOffset(const types::Type* t, int i) {
  const types::Type* u = t->underlying();
  slotsOf(u);
  return static_cast<const types::Struct*>(u)->offsetsCache[static_cast<std::size_t>(i)];
}

}  // namespace weft::vm
