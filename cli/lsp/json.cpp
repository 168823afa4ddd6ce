#include "cli/lsp/json.hpp"

namespace weft::lsp {

namespace {

uint32_t coordinate(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer() || it->get<int64_t>() < 0)
    throw RpcError{errc::kInvalidParams, std::string("position needs a non-negative ") + key};
  int64_t v = it->get<int64_t>();
  return v > int64_t(UINT32_MAX) ? UINT32_MAX : uint32_t(v);
}

}  // namespace

Position positionFrom(const json& j) {
  if (!j.is_object()) throw RpcError{errc::kInvalidParams, "position must be an object"};
  return {coordinate(j, "line"), coordinate(j, "character")};
}

Range rangeFrom(const json& j) {
  if (!j.is_object() || !j.contains("start") || !j.contains("end"))
    throw RpcError{errc::kInvalidParams, "range needs start and end"};
  return {positionFrom(j["start"]), positionFrom(j["end"])};
}

}  // namespace weft::lsp
