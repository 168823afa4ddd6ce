// detail::Marshal (include/weft/detail/convert.hpp): the VM side of host conversions. Every Go
// type the conversions support is one word (docs/architecture.md, "Values"), so slices hold one
// word per element and maps one word per key and value.
#include <weft/detail/convert.hpp>

#include "lang/types.hpp"
#include "vm/heap.hpp"
#include "vm/map.hpp"
#include "vm/object.hpp"
#include "vm/program.hpp"
#include "vm/value.hpp"

namespace weft::detail {

namespace {

const types::Type* typeOf(GoType t) {
  return static_cast<const types::Type*>(t);
}
vm::Heap& heapOf(void* h) {
  return *static_cast<vm::Heap*>(h);
}

}  // namespace

std::string_view Marshal::string(Word s) {
  return vm::view(vm::asPtr<const vm::String>(s));
}

std::size_t Marshal::sliceLen(Word s) {
  auto* h = vm::asPtr<const vm::SliceHeader>(s);
  return h ? static_cast<std::size_t>(h->len) : 0;
}

Word Marshal::sliceAt(Word s, std::size_t i) {
  return vm::asPtr<const vm::SliceHeader>(s)->data[i];
}

std::size_t Marshal::mapLen(Word m) {
  auto* map = vm::asPtr<vm::MapObject>(m);
  return map ? static_cast<std::size_t>(map->size()) : 0;
}

void Marshal::mapEntries(Word m, std::vector<Word>& keys, std::vector<Word>& values) const {
  auto* map = vm::asPtr<vm::MapObject>(m);
  if (!map) return;
  // The host thread is the only one running this VM while converting: no concurrent writers.
  map->entries(keys, values);
}

GoType Marshal::elemType(GoType t) {
  const types::Type* u = typeOf(t)->underlying();
  if (u->kind == types::Kind::Slice) return static_cast<const types::Slice*>(u)->elem;
  if (u->kind == types::Kind::Map) return static_cast<const types::Map*>(u)->elem;
  if (u->kind == types::Kind::Chan) return static_cast<const types::Chan*>(u)->elem;
  return nullptr;
}

GoType Marshal::keyType(GoType t) {
  return static_cast<const types::Map*>(typeOf(t)->underlying())->key;
}

Word Marshal::newString(std::string_view s) const {
  return vm::fromPtr(heapOf(heap_).newString(s));
}

Word Marshal::newSlice(GoType sliceType, const std::vector<Word>& elems) const {
  vm::Heap& heap = heapOf(heap_);
  const types::Type* elem = typeOf(elemType(sliceType));
  Word* data = heap.allocStorage(elem, elems.size());
  std::copy(elems.begin(), elems.end(), data);
  auto n = static_cast<int64_t>(elems.size());
  return vm::fromPtr(heap.newSlice(data, n, n));
}

Word Marshal::newMap(GoType mapType, const std::vector<Word>& keys,
                     const std::vector<Word>& values) const {
  vm::Heap& heap = heapOf(heap_);
  auto* mt = static_cast<const types::Map*>(typeOf(mapType)->underlying());
  vm::MapObject* map = heap.newMap(mt, keys.size());
  for (std::size_t i = 0; i < keys.size(); i++) map->store(&keys[i], &values[i]);
  return vm::fromPtr(map);
}

}  // namespace weft::detail
