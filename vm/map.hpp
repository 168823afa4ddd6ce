// Go maps: vm::MapObject (what a map word points to) and the state of a `range` loop over one.
//
// Representation (a "compact" hash table, as in CPython's dict):
//   - an entry array (heap object of kind MapTable): `cap` entries of 1 + K + V words, where
//     K = slotsOf(key), V = slotsOf(elem): [meta | key words | value words]. meta is the key's
//     hash with bit 0 set, or 0 for an entry never used or deleted (a deleted entry is zeroed,
//     so it holds no references). Entries are appended in insertion order; `used` counts them.
//   - an index (heap storage of uint32): open addressing with linear probing, 2*cap slots;
//     0 = empty, kTombstone = deleted, else entry number + 1.
//   When the entry array is full it is rebuilt (live entries only, possibly larger) into fresh
//   arrays; the old ones are left to the collector. Both arrays are GC storage, so even a racy
//   misuse never touches freed memory.
//
// Values are COPIED in and out: no pointer into the table is ever handed out, because another
// goroutine may rebuild it at any moment.
//
// Concurrency: Go programs must synchronise map access themselves; Go's runtime detects some
// misuse and dies with "fatal error: concurrent map writes" (or "... read and map write").
// Here the detection is exact and is also the protection: `guard_` is one atomic word holding a
// writer bit and a reader count. A writer enters only by changing it from 0 to "writer"; a reader
// increments the count and backs out if the writer bit was set. An operation that cannot enter
// does nothing at all and returns a Concurrent* status, which the VM turns into Go's fatal error.
// Correct programs never see these statuses (their accesses never overlap, except reads with
// reads, which is allowed); racy ones can never corrupt the map. Because every access to the
// table happens inside the guard, all of this is clean under ThreadSanitizer. len(m) reads an
// atomic count without the guard, as Go's len does.
//
// Iteration (Go's guarantees): the iterator remembers the entry array it started on and walks
// its positions once each, from a random starting point, wrapping around. While the map still
// uses that array, entries deleted before being reached are zero (skipped) and appended entries
// may or may not be reached. Once the map has moved to a new array, the iterator keeps walking
// the old one (no longer modified) but looks every key up in the live map, producing the current
// value and skipping keys deleted since; keys that are not equal to themselves (NaN) cannot be
// looked up and are produced from the old array, as Go does. clear(m) ends running iterations.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "vm/heap.hpp"
#include "vm/object.hpp"

namespace weft::types {
class Type;
class Map;
}  // namespace weft::types

namespace weft::vm {

enum class MapStatus : uint8_t {
  Ok,
  ConcurrentMapWrites,          // fatal error: concurrent map writes
  ConcurrentMapReadWrite,       // fatal error: concurrent map read and map write
  ConcurrentMapIterationWrite,  // fatal error: concurrent map iteration and map write
  UnhashableType,  // panic: runtime error: hash of unhashable type T (T = MapResult::unhashable)
};

// Go's text for a status: the fatal error message ("concurrent map writes") or, for
// UnhashableType, the runtime error's prefix "hash of unhashable type " (append T's name).
const char* mapStatusText(MapStatus s);

struct MapResult {
  MapStatus status = MapStatus::Ok;
  bool found = false;                       // lookup / erase / iteration produced an entry
  const types::Type* unhashable = nullptr;  // with UnhashableType
  bool ok() const { return status == MapStatus::Ok; }
};

class MapObject {
 public:
  // Use Heap::newMap.
  MapObject(Heap& heap, const types::Map* type, std::size_t hint);

  const types::Map* type() const { return type_; }
  int32_t keySlots() const { return static_cast<int32_t>(keySlots_); }
  int32_t elemSlots() const { return static_cast<int32_t>(elemSlots_); }
  // len(m). Never blocks, never fails.
  int64_t size() const { return count_.load(std::memory_order_relaxed); }

  // v, ok := m[key]. `key` is keySlots() words; the value (or the zero value when absent) is
  // copied to `out` (elemSlots() words; may be null to test presence only).
  MapResult lookup(const Word* key, Word* out);
  // m[key] = value (value: elemSlots() words). found: the key was already there.
  MapResult store(const Word* key, const Word* value);
  // delete(m, key). found: the key was there.
  MapResult erase(const Word* key);
  // clear(m).
  MapResult clear();
  // Every entry (for printing, e.g. fmt sorting the keys): keySlots() words per key appended to
  // `keys`, elemSlots() words per value to `values`, in table order. The copies are not GC
  // roots: use them before the next safepoint.
  MapResult entries(std::vector<Word>& keys, std::vector<Word>& values);

  // For nil maps: Go still hashes the key of a lookup or delete, and panics when an interface key
  // holds an unhashable type. Returns UnhashableType or Ok.
  static MapResult checkHashable(const types::Map* type, const Word* key);

  // GC: reports the table and index (world stopped).
  void trace(RootVisitor& v) const;

 private:
  friend struct MapIterator;
  enum class KeyClass : uint8_t { Word, Float, String, Generic };
  static constexpr uint32_t kTombstone = 0xFFFFFFFFu;
  static constexpr uint64_t kWriter = uint64_t{1} << 63;

  bool enterWrite() {
    uint64_t expected = 0;
    return guard_.compare_exchange_strong(expected, kWriter, std::memory_order_acquire,
                                          std::memory_order_relaxed);
  }
  void exitWrite() { guard_.fetch_sub(kWriter, std::memory_order_release); }
  bool enterRead() {
    if (guard_.fetch_add(1, std::memory_order_acquire) & kWriter) {
      guard_.fetch_sub(1, std::memory_order_relaxed);
      return false;
    }
    return true;
  }
  void exitRead() { guard_.fetch_sub(1, std::memory_order_release); }

  // The key's meta word (hash | 1), or 0 with *unhashable set.
  uint64_t metaOf(const Word* key, const types::Type** unhashable) const;
  bool keyEqual(const Word* a, const Word* b) const;
  Word* entry(uint32_t i) const { return entries_ + static_cast<std::size_t>(i) * entryWords_; }
  // The entry holding `key`, or -1; *slot receives its index slot. Guard held.
  int64_t find(const Word* key, uint64_t meta, uint32_t* slot = nullptr) const;
  void rebuild(uint32_t newCap);
  void insertIndex(uint32_t e, uint64_t meta);

  Heap* heap_;
  const types::Map* type_;
  const types::Type* keyType_;
  uint32_t keySlots_, elemSlots_, entryWords_;
  KeyClass keyClass_;
  bool keyIrreflexive_;
  uint64_t seed_;
  std::atomic<uint64_t> guard_{0};
  std::atomic<int64_t> count_{0};
  // Guarded by guard_ (written by a writer, read by readers and iterators).
  Word* entries_ = nullptr;
  uint32_t* index_ = nullptr;
  uint32_t cap_ = 0, used_ = 0, indexMask_ = 0;
  uint32_t hint_ = 0;
  uint64_t clearSeq_ = 0;
};

// The state of one `for k, v := range m` loop: a heap object (kind MapIterator) owned by one
// goroutine. Make it with newMapIterator; call next until it reports found == false.
struct MapIterator {
  MapObject* map;  // null for a nil map
  Word* table;     // the entry array being walked
  uint32_t cap;    // entries in `table`
  uint32_t start;  // first position visited
  uint32_t done;   // positions visited so far
  bool started;
  uint64_t clearSeq;

  // Copies the next entry's key and value to keyOut / valueOut (either may be null).
  MapResult next(Word* keyOut, Word* valueOut);
  void trace(RootVisitor& v) const;
};

MapIterator* newMapIterator(Heap& heap, MapObject* m);

}  // namespace weft::vm
