// The JSON library (nlohmann-json, Debian's nlohmann-json3-dev) and the protocol's small types.
#pragma once

#include <nlohmann/json.hpp>

#include "cli/lsp/text.hpp"

namespace weft::lsp {

using json = nlohmann::json;

// A JSON-RPC error a handler raises; the server turns it into the error reply.
struct RpcError {
  int code;
  std::string message;
};

// JSON-RPC and LSP error codes.
namespace errc {
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;
}  // namespace errc

inline json toJson(Position p) {
  return {{"line", p.line}, {"character", p.character}};
}
inline json toJson(const Range& r) {
  return {{"start", toJson(r.start)}, {"end", toJson(r.end)}};
}

// A Position from JSON; RpcError(kInvalidParams) when it is not one.
Position positionFrom(const json& j);
Range rangeFrom(const json& j);

}  // namespace weft::lsp
