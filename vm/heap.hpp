// The garbage-collected heap: allocation of every VM object, and mark-sweep collection.
//
// Invariants and threading:
// - Allocation is thread-safe (any worker may allocate at any time) and never collects; when
//   the heap has grown past its goal it sets `collectionWanted()`; the VM then brings every
//   worker to a safepoint and calls `collect()` with the world stopped.
// - Objects never move. Any address into an object (an interior pointer to a field or element)
//   identifies the object: `findObject()` maps it back, which is what lets registers be scanned
//   by checking each word and pointers point into the middle of storage.
// - Memory returned by every alloc function is zeroed (zero words are Go's zero values).
// - Types given to the heap (storage element types, box types, map types) must outlive the
//   Heap: headers and per-thread caches refer to them.
// - Allocation never fails visibly: when the OS refuses memory the process ends with Go's
//   "fatal error: runtime: out of memory". The embedding API's limit is setLimit/overLimit.
//
// Implementation map: vm/heap_pages.* (size classes, spans, arenas, page map, page allocator),
// vm/heap_state.hpp + vm/heap.cpp (thread caches, allocation, accounting), vm/gc.cpp (mark and
// sweep), vm/layout.cpp (slotsOf/ptrmapOf), vm/map.* (MapObject), vm/map_hash.* (== and hashing
// by type), vm/string_ops.* (string operations).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vm/object.hpp"

namespace weft::types {
class Type;
class Map;
}  // namespace weft::types

namespace weft::vm {

class MapObject;  // vm/map.hpp

// Receives the roots at collection time. `precise` roots are known to hold a heap reference or
// null; `conservative` words are checked against the heap and ignored if they point nowhere.
class RootVisitor {
 public:
  virtual ~RootVisitor() = default;
  virtual void precise(Word w) = 0;
  virtual void conservative(const Word* words, std::size_t n) = 0;
  // Storage of a known type (e.g. package variables): scanned with the type's pointer map.
  virtual void typed(const Word* storage, const types::Type* t) = 0;
};

struct HeapStats {
  std::size_t liveBytes = 0;       // after the last collection, plus allocations since
  std::size_t allocatedBytes = 0;  // total ever allocated
  std::size_t collections = 0;
  std::size_t peakBytes = 0;
  std::size_t liveAfterLastGC = 0;  // what the last collection kept
  std::size_t goalBytes = 0;        // collectionWanted() once liveBytes reaches this
  std::size_t mappedBytes = 0;      // address space reserved from the OS
  std::size_t lastPauseNanos = 0;   // duration of the last collect()
  std::size_t totalPauseNanos = 0;
};

// What a heap object is; the first byte of its (hidden) header. Decides how the collector
// scans it.
enum class ObjKind : uint8_t {
  Invalid,
  Storage,       // values of one type repeated; the element pointer map sits in the header
  TypedStorage,  // the same for element types over 48 slots: the header holds the Type
  String,
  Slice,
  Box,
  Closure,
  Map,          // vm::MapObject
  MapTable,     // a map's entry array (vm/map.cpp)
  MapIterator,  // vm::MapIterator
  // Kinds implemented outside the heap; see NativeKindOps.
  Chan,
  Timer,
  Native,
};

// How the heap deals with an object of a native kind (channels, timers): `trace` reports
// every heap reference the object holds (called while marking, world stopped); `finalize`
// releases its C++ resources when the sweep frees it (world stopped; must not allocate).
struct NativeKindOps {
  void (*trace)(void* obj, RootVisitor& v) = nullptr;
  void (*finalize)(void* obj) = nullptr;
};

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Storage for `count` consecutive values of type `elem` (slots(elem) words each), zeroed.
  // Used for struct/array variables, backing arrays, heap cells of escaping scalars.
  // A zero-size request returns a valid unique non-null pointer.
  Word* allocStorage(const types::Type* elem, std::size_t count = 1);
  // A string of `len` bytes (content left for the caller to fill; returns null for len 0).
  String* allocString(std::size_t len);
  String* newString(std::string_view s);
  SliceHeader* newSlice(Word* data, int64_t len, int64_t cap);
  // A box for a value of dynamic type `t`; the caller copies slots(t) words into payload.
  Box* allocBox(const types::Type* t);
  Closure* allocClosure(const FuncProto* proto, uint32_t ncaptures);
  // `t` is the map type's underlying types::Map (see vm/map.hpp); `hint` as in make(m, hint).
  MapObject* newMap(const types::Map* t, std::size_t hint = 0);

  // The start of the object containing `p`, or null if `p` is not inside a live heap object
  // (pointers to a slot's hidden header count as inside it). May run while other threads
  // allocate (objects they are allocating may or may not be seen); not during collect().
  void* findObject(const void* p) const;

  bool collectionWanted() const;
  // Precondition: the world is stopped (no other thread touches the heap). `roots` is called
  // once and must report every root through the visitor.
  void collect(const std::function<void(RootVisitor&)>& roots);

  HeapStats stats() const;
  // 0: unlimited. Allocation past the limit sets overLimit() and collectionWanted(); after the
  // collection, overLimit() says whether what survived is still over it.
  void setLimit(std::size_t maxBytes);
  bool overLimit() const;

  // --- extensions (beyond the first interface) ------------------------------------------------
  // `n` zeroed words that hold no heap references (backing arrays of []byte, []int, ...
  // when no Type is at hand). Same object as allocStorage of a pointer-free one-slot type.
  Word* allocScalarWords(std::size_t n);
  // An object of a native kind (Chan, Timer, Native) with `bytes` zeroed bytes; the caller
  // constructs it in place. Its kind's NativeKindOps must be set before the first collection.
  void* allocNative(ObjKind kind, std::size_t bytes);
  void setNativeKindOps(ObjKind kind, NativeKindOps ops);
  // Objects kept alive regardless of roots (e.g. a Machine's string constants). Counted: an
  // object pinned twice needs two unpins. Thread-safe.
  void pin(const void* obj);
  void unpin(const void* obj);
  // Calls fn(ctx, obj, bytes) with every object handed out, before the alloc function returns it
  // (the race detector forgets the accesses to reused memory). Set before goroutines run; off
  // (null) by default, when allocation pays one predictable branch.
  void setAllocObserver(void (*fn)(void* ctx, void* obj, std::size_t bytes), void* ctx);
  // The kind of a heap object, given the pointer an alloc function returned.
  static ObjKind kindOf(const void* obj);
  // The minimum goal (default 4 MiB): collectionWanted() never fires below it.
  void setMinimumGoal(std::size_t bytes);
  // A random 64-bit number (per-map hash seeds, iteration start positions). Thread-safe.
  uint64_t random();
  // Consistency check of the heap's internal structures, for tests (world stopped): an empty
  // string, or the first problem found.
  std::string verify() const;

  // Low-level allocation used by vm/map.cpp and the alloc functions above: an object of `kind`
  // with `bytes` zeroed payload bytes; `small` and `aux` (48 bits) go into the header (see
  // vm/heap_pages.hpp); `scan` false puts it among objects the collector never looks into.
  void* allocObject(ObjKind kind, std::size_t bytes, uint8_t small, uint64_t aux, bool scan);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Storage facts for a type, computed once and cached in the Type (see lang/types.hpp):
// the number of words a value occupies inline, and which of those words are heap references.
int32_t slotsOf(const types::Type* t);
const std::vector<bool>& ptrmapOf(const types::Type* t);
// Whether a word standing for a value of type t is a heap reference: the one predicate behind
// both ptrmapOf (heap objects, globals) and the compiler's register pointer maps
// (lang/compile/ptrmap.hpp). False for booleans, numbers (each word of a complex) and invalid
// types; true for strings, slices, maps, chans, funcs, pointers, interfaces, and for structs,
// arrays and tuples, whose one-word stand-in is the address of their storage. A type parameter
// counts as a reference (no value of one should reach the VM; if one does, it is scanned).
bool wordIsReference(const types::Type* t);
// Slot offset of field `i` within struct type `t` (t's underlying type must be a Struct).
int32_t fieldOffset(const types::Type* t, int i);

// Go's own sizes (unsafe.Sizeof / unsafe.Alignof on amd64), which decide how `append` grows a
// slice in Go and so what cap() prints. Not cached: compute them at compile time.
int64_t goSizeof(const types::Type* t);
int64_t goAlignof(const types::Type* t);
// The capacity Go's append gives a slice of capacity `oldCap` that must hold `newLen` elements
// of Go size `elemSize` (Go's growslice: doubling below 256 elements, then growing by about
// 1.25x, then rounding the byte size up to Go's malloc size classes). Go 1.19's numbers.
int64_t appendCapacity(int64_t oldCap, int64_t newLen, int64_t elemSize);

}  // namespace weft::vm
