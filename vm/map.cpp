// Go maps (see vm/map.hpp for the representation, the concurrency guard and iteration).
#include "vm/map.hpp"

#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "lang/types.hpp"
#include "vm/map_hash.hpp"
#include "vm/string_ops.hpp"

namespace weft::vm {

namespace {

constexpr uint32_t kMinCap = 8;
constexpr uint32_t kMaxCap = uint32_t{1} << 30;

uint32_t roundUpPow2(uint64_t n) {
  uint32_t c = kMinCap;
  while (c < n && c < kMaxCap) c <<= 1;
  return c;
}

void copyWords(Word* dst, const Word* src, uint32_t n) {
  if (dst && n) std::memcpy(dst, src, n * sizeof(Word));
}

}  // namespace

const char* mapStatusText(MapStatus s) {
  switch (s) {
    case MapStatus::Ok:
      return "";
    case MapStatus::ConcurrentMapWrites:
      return "concurrent map writes";
    case MapStatus::ConcurrentMapReadWrite:
      return "concurrent map read and map write";
    case MapStatus::ConcurrentMapIterationWrite:
      return "concurrent map iteration and map write";
    case MapStatus::UnhashableType:
      return "hash of unhashable type ";
  }
  return "";
}

MapObject* Heap::newMap(const types::Map* t, std::size_t hint) {
  void* mem = allocObject(ObjKind::Map, sizeof(MapObject), 0, 0, true);
  return new (mem) MapObject(*this, t, hint);
}

MapObject::MapObject(Heap& heap, const types::Map* type, std::size_t hint)
    : heap_(&heap), type_(type), keyType_(type->key) {
  keySlots_ = static_cast<uint32_t>(slotsOf(type->key));
  elemSlots_ = static_cast<uint32_t>(slotsOf(type->elem));
  entryWords_ = 1 + keySlots_ + elemSlots_;
  switch (type->key->underlying()->kind) {
    case types::Kind::String:
      keyClass_ = KeyClass::String;
      break;
    case types::Kind::Float32:
    case types::Kind::Float64:
      keyClass_ = KeyClass::Float;
      break;
    case types::Kind::Bool:
    case types::Kind::Int:
    case types::Kind::Int8:
    case types::Kind::Int16:
    case types::Kind::Int32:
    case types::Kind::Int64:
    case types::Kind::Uint:
    case types::Kind::Uint8:
    case types::Kind::Uint16:
    case types::Kind::Uint32:
    case types::Kind::Uint64:
    case types::Kind::Uintptr:
    case types::Kind::Pointer:
    case types::Kind::Chan:
    case types::Kind::UnsafePointer:
      keyClass_ = KeyClass::Word;
      break;
    default:
      keyClass_ = KeyClass::Generic;
  }
  keyIrreflexive_ = mayBeIrreflexive(type->key);
  seed_ = heap.random();
  hint_ = static_cast<uint32_t>(hint < (std::size_t{1} << 26) ? hint : std::size_t{1} << 26);
  if (hint_ > kMinCap) rebuild(roundUpPow2(hint_));  // not shared yet: no guard needed
}

MapResult MapObject::checkHashable(const types::Map* type, const Word* key) {
  MapResult r;
  hashValue(type->key, key, 0, &r.unhashable);
  if (r.unhashable) r.status = MapStatus::UnhashableType;
  return r;
}

uint64_t MapObject::metaOf(const Word* key, const types::Type** unhashable) const {
  uint64_t h;
  switch (keyClass_) {
    case KeyClass::Word:
      h = hashWord(key[0], seed_);
      break;
    case KeyClass::Float:
      h = hashFloat(key[0], seed_);
      break;
    case KeyClass::String:
      h = hashWord(stringHash(reinterpret_cast<const String*>(key[0])), seed_);
      break;
    default:
      h = hashValue(keyType_, key, seed_, unhashable);
      if (*unhashable) return 0;
  }
  return h | 1;
}

bool MapObject::keyEqual(const Word* a, const Word* b) const {
  switch (keyClass_) {
    case KeyClass::Word:
      return a[0] == b[0];
    case KeyClass::Float:
      return std::bit_cast<double>(a[0]) == std::bit_cast<double>(b[0]);
    case KeyClass::String:
      return stringsEqual(reinterpret_cast<const String*>(a[0]),
                          reinterpret_cast<const String*>(b[0]));
    default:
      return valuesEqual(keyType_, a, b);
  }
}

int64_t MapObject::find(const Word* key, uint64_t meta, uint32_t* slot) const {
  if (!index_) return -1;
  uint32_t i = static_cast<uint32_t>(meta >> 1) & indexMask_;
  for (;;) {
    uint32_t v = index_[i];
    if (v == 0) return -1;
    if (v != kTombstone) {
      const Word* e = entry(v - 1);
      if (e[0] == meta && keyEqual(e + 1, key)) {
        if (slot) *slot = i;
        return v - 1;
      }
    }
    i = (i + 1) & indexMask_;
  }
}

void MapObject::insertIndex(uint32_t e, uint64_t meta) {
  uint32_t i = static_cast<uint32_t>(meta >> 1) & indexMask_;
  while (index_[i] != 0 && index_[i] != kTombstone) i = (i + 1) & indexMask_;
  index_[i] = e + 1;
}

void MapObject::rebuild(uint32_t newCap) {
  auto* table = static_cast<Word*>(heap_->allocObject(
      ObjKind::MapTable, static_cast<std::size_t>(newCap) * entryWords_ * sizeof(Word), 0,
      reinterpret_cast<uintptr_t>(type_), true));
  uint64_t indexSize = uint64_t{newCap} * 2;
  auto* index = reinterpret_cast<uint32_t*>(heap_->allocScalarWords(indexSize / 2));
  uint32_t n = 0;
  for (uint32_t i = 0; i < used_; ++i) {
    const Word* e = entry(i);
    if (e[0] == 0) continue;
    std::memcpy(table + static_cast<std::size_t>(n) * entryWords_, e, entryWords_ * sizeof(Word));
    ++n;
  }
  entries_ = table;
  index_ = index;
  cap_ = newCap;
  used_ = n;
  indexMask_ = static_cast<uint32_t>(indexSize - 1);
  for (uint32_t i = 0; i < n; ++i) insertIndex(i, entry(i)[0]);
}

MapResult MapObject::lookup(const Word* key, Word* out) {
  MapResult r;
  uint64_t meta = metaOf(key, &r.unhashable);
  if (!meta) {
    r.status = MapStatus::UnhashableType;
    return r;
  }
  if (!enterRead()) {
    r.status = MapStatus::ConcurrentMapReadWrite;
    return r;
  }
  int64_t e = find(key, meta);
  if (e >= 0) {
    r.found = true;
    copyWords(out, entry(static_cast<uint32_t>(e)) + 1 + keySlots_, elemSlots_);
  } else if (out && elemSlots_) {
    std::memset(out, 0, elemSlots_ * sizeof(Word));
  }
  exitRead();
  return r;
}

MapResult MapObject::store(const Word* key, const Word* value) {
  MapResult r;
  uint64_t meta = metaOf(key, &r.unhashable);
  if (!meta) {
    r.status = MapStatus::UnhashableType;
    return r;
  }
  if (!enterWrite()) {
    r.status = MapStatus::ConcurrentMapWrites;
    return r;
  }
  int64_t found = find(key, meta);
  Word* e;
  if (found >= 0) {
    r.found = true;
    e = entry(static_cast<uint32_t>(found));
  } else {
    if (used_ == cap_) {
      uint64_t live = static_cast<uint64_t>(count_.load(std::memory_order_relaxed));
      uint32_t newCap;
      if (cap_ == 0)
        newCap = roundUpPow2(hint_);
      else if (live >= cap_ / 2)
        newCap = cap_ * 2;
      else if (live < cap_ / 8)
        newCap = roundUpPow2(live * 4);
      else
        newCap = cap_;
      if (newCap <= live) {  // over 2^30 entries
        std::fprintf(stderr, "fatal error: runtime: out of memory\n");
        std::fflush(stderr);
        std::_Exit(2);
      }
      rebuild(newCap);
    }
    uint32_t pos = used_++;
    e = entry(pos);
    e[0] = meta;
    insertIndex(pos, meta);
    count_.store(count_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }
  // The key is stored again even when present: +0 and -0 are the same key, and Go keeps the
  // latest spelling.
  copyWords(e + 1, key, keySlots_);
  copyWords(e + 1 + keySlots_, value, elemSlots_);
  exitWrite();
  return r;
}

MapResult MapObject::erase(const Word* key) {
  MapResult r;
  uint64_t meta = metaOf(key, &r.unhashable);
  if (!meta) {
    r.status = MapStatus::UnhashableType;
    return r;
  }
  if (!enterWrite()) {
    r.status = MapStatus::ConcurrentMapWrites;
    return r;
  }
  uint32_t slot = 0;
  int64_t e = find(key, meta, &slot);
  if (e >= 0) {
    r.found = true;
    std::memset(entry(static_cast<uint32_t>(e)), 0, entryWords_ * sizeof(Word));
    index_[slot] = kTombstone;
    count_.store(count_.load(std::memory_order_relaxed) - 1, std::memory_order_relaxed);
  }
  exitWrite();
  return r;
}

MapResult MapObject::clear() {
  MapResult r;
  if (!enterWrite()) {
    r.status = MapStatus::ConcurrentMapWrites;
    return r;
  }
  if (entries_) {
    std::memset(entries_, 0, static_cast<std::size_t>(cap_) * entryWords_ * sizeof(Word));
    std::memset(index_, 0, (static_cast<std::size_t>(indexMask_) + 1) * sizeof(uint32_t));
  }
  used_ = 0;
  count_.store(0, std::memory_order_relaxed);
  ++clearSeq_;
  exitWrite();
  return r;
}

MapResult MapObject::entries(std::vector<Word>& keys, std::vector<Word>& values) {
  MapResult r;
  if (!enterRead()) {
    r.status = MapStatus::ConcurrentMapReadWrite;
    return r;
  }
  for (uint32_t i = 0; i < used_; ++i) {
    const Word* e = entry(i);
    if (e[0] == 0) continue;
    keys.insert(keys.end(), e + 1, e + 1 + keySlots_);
    values.insert(values.end(), e + 1 + keySlots_, e + entryWords_);
  }
  exitRead();
  return r;
}

void MapObject::trace(RootVisitor& v) const {
  v.precise(reinterpret_cast<Word>(entries_));
  v.precise(reinterpret_cast<Word>(index_));
}

// ---- iteration
// ------------------------------------------------------------------------------------

MapIterator* newMapIterator(Heap& heap, MapObject* m) {
  auto* it = static_cast<MapIterator*>(
      heap.allocObject(ObjKind::MapIterator, sizeof(MapIterator), 0, 0, true));
  it->map = m;
  return it;
}

MapResult MapIterator::next(Word* keyOut, Word* valueOut) {
  MapResult r;
  if (!map) return r;
  MapObject& m = *map;
  if (!m.enterRead()) {
    r.status = MapStatus::ConcurrentMapIterationWrite;
    return r;
  }
  if (!started) {
    started = true;
    table = m.entries_;
    cap = m.cap_;
    start = m.used_ ? static_cast<uint32_t>(m.heap_->random() % m.used_) : 0;
    done = 0;
    clearSeq = m.clearSeq_;
  }
  if (clearSeq != m.clearSeq_) done = cap;  // cleared: every entry seen at the start is gone
  while (done < cap) {
    uint32_t pos = start + done;
    if (pos >= cap) pos -= cap;
    ++done;
    const Word* e = table + static_cast<std::size_t>(pos) * m.entryWords_;
    if (e[0] == 0) continue;
    const Word* src = e;
    if (table != m.entries_ && (!m.keyIrreflexive_ || m.keyEqual(e + 1, e + 1))) {
      // The map moved to a new table: report the entry as it is now, if it still exists.
      int64_t cur = m.find(e + 1, e[0]);
      if (cur < 0) continue;
      src = m.entry(static_cast<uint32_t>(cur));
    }
    copyWords(keyOut, src + 1, m.keySlots_);
    copyWords(valueOut, src + 1 + m.keySlots_, m.elemSlots_);
    r.found = true;
    break;
  }
  m.exitRead();
  return r;
}

void MapIterator::trace(RootVisitor& v) const {
  v.precise(reinterpret_cast<Word>(map));
  v.precise(reinterpret_cast<Word>(table));
}

}  // namespace weft::vm
