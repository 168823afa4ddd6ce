// The session: JSON-RPC message validation, the lifecycle (initialize / shutdown / exit), text
// synchronisation, and dispatch to the features.
#include "cli/lsp/server.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "cli/lsp/document.hpp"
#include "cli/lsp/features.hpp"
#include "cli/lsp/json.hpp"
#include "cli/lsp/transport.hpp"
#include "cli/lsp/uri.hpp"

namespace weft::lsp {

namespace {

struct Document {
  std::string uri;
  std::string filename;  // the path for file: URIs, else the URI
  int64_t version = 0;
  Text text;
  bool dirty = true;                         // text changed since the last analysis
  bool publish = true;                       // diagnostics not yet published for the current text
  std::shared_ptr<const Analysis> analysis;  // of `text` once not dirty
  std::shared_ptr<const Analysis> lastGood;  // the last analysis that produced a tree
};

std::string defaultStdlibDir(const std::string& version) {
  std::string base;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/')
    base = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home == '/')
    base = std::string(home) + "/.cache";
  else
    base = "/tmp/weft-" + std::to_string(::getuid());
  return base + "/weft/" + (version.empty() ? "dev" : version) + "/src";
}

// Writes `content` to `path` unless it is there already; read-only, as a reminder that editing
// the copy changes nothing.
bool materialise(const std::filesystem::path& path, const std::string& content) {
  std::error_code ec;
  {
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::ostringstream old;
      old << in.rdbuf();
      if (old.str() == content) return true;
    }
  }
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return false;
  std::filesystem::path tmp = path;
  tmp += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << content;
    if (!out) return false;
  }
  ::chmod(tmp.c_str(), 0444);
  std::filesystem::rename(tmp, path, ec);
  return !ec;
}

class Server {
 public:
  Server(int in, int out, const ServerOptions& options)
      : reader_(in), writer_(out), options_(options) {
    if (options_.stdlibDir.empty()) options_.stdlibDir = defaultStdlibDir(options_.version);
  }

  int run() {
    for (;;) {
      if (!reader_.pending()) publishDiagnostics();
      MessageReader::Result r = reader_.read();
      if (r.status == MessageReader::Status::End) return shutdownRequested_ ? 0 : 1;
      if (r.status == MessageReader::Status::FramingError) {
        replyError(nullptr, errc::kParseError, "bad message framing: " + r.error);
        continue;
      }
      handle(r.body);
      if (exitCode_) return *exitCode_;
    }
  }

 private:
  // --- JSON-RPC -------------------------------------------------------------------------------

  void send(const json& msg) {
    writer_.write(msg.dump(-1, ' ', false, json::error_handler_t::replace));
  }
  void reply(const json& id, json result) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  }
  void replyError(const json& id, int code, const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void notify(const std::string& method, json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }

  void handle(const std::string& body) {
    json msg = json::parse(body, nullptr, false);
    if (msg.is_discarded()) return replyError(nullptr, errc::kParseError, "invalid JSON");
    if (!msg.is_object())
      return replyError(nullptr, errc::kInvalidRequest, "a message must be a JSON object");
    auto idIt = msg.find("id");
    bool isRequest = idIt != msg.end();
    json id = isRequest ? *idIt : json(nullptr);
    if (isRequest && !id.is_null() && !id.is_string() && !id.is_number_integer())
      return replyError(nullptr, errc::kInvalidRequest, "id must be a number or a string");
    auto version = msg.find("jsonrpc");
    if (version == msg.end() || *version != "2.0")
      return replyError(id, errc::kInvalidRequest, "jsonrpc must be \"2.0\"");
    auto methodIt = msg.find("method");
    if (methodIt == msg.end()) {
      if (msg.contains("result") || msg.contains("error")) return;  // a response to the client
      return replyError(id, errc::kInvalidRequest, "a request needs a method");
    }
    if (!methodIt->is_string())
      return replyError(id, errc::kInvalidRequest, "method must be a string");
    const std::string& method = methodIt->get_ref<const std::string&>();
    json params = msg.value("params", json::object());
    if (params.is_null()) params = json::object();  // some clients send null for "no params"
    if (!params.is_object() && !params.is_array())
      return replyError(id, errc::kInvalidRequest, "params must be an object or an array");
    if (isRequest)
      request(id, method, params);
    else
      notification(method, params);
  }

  void request(const json& id, const std::string& method, const json& params) {
    try {
      if (method == "initialize") return reply(id, initialize(params));
      if (!initialized_)
        return replyError(id, errc::kServerNotInitialized, "the server is not initialized");
      if (shutdownRequested_)
        return replyError(id, errc::kInvalidRequest, "the server is shutting down");
      if (method == "shutdown") {
        shutdownRequested_ = true;
        return reply(id, nullptr);
      }
      if (method == "textDocument/hover") return reply(id, hover(params));
      if (method == "textDocument/definition") return reply(id, definition(params));
      if (method == "textDocument/completion") return reply(id, completion(params));
      if (method == "textDocument/documentSymbol") return reply(id, symbols(params));
      replyError(id, errc::kMethodNotFound, "method not found: " + method);
    } catch (const RpcError& e) {
      replyError(id, e.code, e.message);
    } catch (const json::exception& e) {
      replyError(id, errc::kInvalidParams, std::string("invalid params: ") + e.what());
    } catch (const std::exception& e) {
      replyError(id, errc::kInternalError, e.what());
    }
  }

  void notification(const std::string& method, const json& params) {
    // Notifications get no reply, not even for errors; bad ones are dropped.
    try {
      if (method == "exit") {
        exitCode_ = shutdownRequested_ ? 0 : 1;
        return;
      }
      if (!initialized_ || shutdownRequested_) return;
      if (!params.is_object()) return;
      if (method == "textDocument/didOpen") return didOpen(params);
      if (method == "textDocument/didChange") return didChange(params);
      if (method == "textDocument/didClose") return didClose(params);
      // initialized, didSave, $/cancelRequest (requests are answered in order, at once),
      // $/setTrace, workspace/didChangeConfiguration: nothing to do.
    } catch (const std::exception&) {
    } catch (const RpcError&) {
    }
  }

  // --- lifecycle ------------------------------------------------------------------------------

  json initialize(const json& params) {
    if (initialized_) throw RpcError{errc::kInvalidRequest, "initialize was already called"};
    if (!params.is_object()) throw RpcError{errc::kInvalidParams, "params must be an object"};
    initialized_ = true;
    json caps = params.value("capabilities", json::object());
    if (!caps.is_object()) caps = json::object();
    auto path = [&](std::initializer_list<const char*> keys) -> json {
      const json* j = &caps;
      for (const char* k : keys) {
        if (!j->is_object() || !j->contains(k)) return nullptr;
        j = &(*j)[k];
      }
      return *j;
    };
    std::string encoding = "utf-16";
    if (json encs = path({"general", "positionEncodings"}); encs.is_array())
      for (const json& e : encs)
        if (e == "utf-8") {
          encoding = "utf-8";
          enc_ = Encoding::Utf8;
        }
    if (json formats = path({"textDocument", "hover", "contentFormat"}); formats.is_array())
      markdown_ = !formats.empty() && formats[0] == "markdown";
    json hier = path({"textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"});
    hierarchical_ = hier.is_boolean() && hier.get<bool>();
    return {{"capabilities",
             {{"positionEncoding", encoding},
              {"textDocumentSync", {{"openClose", true}, {"change", 2}}},
              {"hoverProvider", true},
              {"definitionProvider", true},
              {"completionProvider", {{"triggerCharacters", {"."}}}},
              {"documentSymbolProvider", true}}},
            {"serverInfo", {{"name", "weft"}, {"version", options_.version}}}};
  }

  // --- documents ------------------------------------------------------------------------------

  static const std::string& stringField(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
      throw RpcError{errc::kInvalidParams, std::string(key) + " must be a string"};
    return it->get_ref<const std::string&>();
  }
  static const json& objectField(const json& j, const char* key) {
    auto it = j.find(key);
    if (!j.is_object() || it == j.end() || !it->is_object())
      throw RpcError{errc::kInvalidParams, std::string(key) + " must be an object"};
    return *it;
  }

  void didOpen(const json& params) {
    const json& td = objectField(params, "textDocument");
    Document doc;
    doc.uri = stringField(td, "uri");
    doc.filename = pathFromUri(doc.uri);
    doc.text = Text(stringField(td, "text"));
    if (auto v = td.find("version"); v != td.end() && v->is_number_integer()) doc.version = *v;
    docs_[doc.uri] = std::move(doc);
  }

  void didChange(const json& params) {
    const json& td = objectField(params, "textDocument");
    auto it = docs_.find(stringField(td, "uri"));
    if (it == docs_.end()) return;
    Document& doc = it->second;
    auto changes = params.find("contentChanges");
    if (changes == params.end() || !changes->is_array()) return;
    doc.dirty = doc.publish = true;
    for (const json& change : *changes) applyChange(doc.text, change, enc_);
    if (auto v = td.find("version"); v != td.end() && v->is_number_integer()) doc.version = *v;
  }

  void didClose(const json& params) {
    const json& td = objectField(params, "textDocument");
    auto it = docs_.find(stringField(td, "uri"));
    if (it == docs_.end()) return;
    notify("textDocument/publishDiagnostics", {{"uri", it->first}, {"diagnostics", json::array()}});
    docs_.erase(it);
  }

  std::shared_ptr<const Analysis> analyse(const Document& doc, std::string text) const {
    return Analysis::run(doc.filename, std::move(text), analysisOptions());
  }

  AnalysisOptions analysisOptions() const {
    AnalysisOptions o = options_.analysis;
    o.maxErrors = std::max(o.maxErrors, 100);  // an editor shows them all
    return o;
  }

  Document& analysed(Document& doc) {
    if (doc.dirty) {
      doc.analysis = analyse(doc, doc.text.str());
      if (doc.analysis->file) doc.lastGood = doc.analysis;
      doc.dirty = false;
    }
    return doc;
  }

  void publishDiagnostics() {
    for (auto& [uri, doc] : docs_) {
      if (!doc.publish) continue;
      analysed(doc);
      doc.publish = false;
      notify("textDocument/publishDiagnostics",
             {{"uri", uri},
              {"version", doc.version},
              {"diagnostics", diagnosticsFor(*doc.analysis, enc_)}});
    }
  }

  // The document a request is about, analysed. RpcError when it was never opened.
  Document& documentOf(const json& params) {
    const json& td = objectField(params, "textDocument");
    auto it = docs_.find(stringField(td, "uri"));
    if (it == docs_.end())
      throw RpcError{errc::kInvalidParams, "document not open: " + stringField(td, "uri")};
    return analysed(it->second);
  }

  // The analysis to answer a position request from (the current one if it has a tree, else the
  // last one that did) and the request's offset in that analysis's text.
  std::pair<std::shared_ptr<const Analysis>, std::size_t> place(Document& doc, const json& params) {
    auto pos = params.find("position");
    if (pos == params.end()) throw RpcError{errc::kInvalidParams, "position is missing"};
    Position p = positionFrom(*pos);
    auto a = doc.analysis->file || !doc.lastGood ? doc.analysis : doc.lastGood;
    return {a, a->text.offsetOf(p, enc_)};
  }

  // --- features -------------------------------------------------------------------------------

  json hover(const json& params) {
    auto [a, offset] = place(documentOf(params), params);
    return hoverAt(*a, offset, enc_, markdown_);
  }

  json definition(const json& params) {
    Document& doc = documentOf(params);
    auto [a, offset] = place(doc, params);
    UriFor uriFor = [&](const Analysis& an,
                        const std::string& filename) -> std::optional<std::string> {
      if (filename == an.filename) return doc.uri;
      const Text* t = an.source(filename);
      if (!t) return std::nullopt;
      std::filesystem::path path = std::filesystem::path(options_.stdlibDir) / filename;
      if (!materialise(path, t->str())) return std::nullopt;
      return uriFromPath(path.string());
    };
    return definitionAt(*a, offset, enc_, uriFor);
  }

  json completion(const json& params) {
    Document& doc = documentOf(params);
    auto pos = params.find("position");
    if (pos == params.end()) throw RpcError{errc::kInvalidParams, "position is missing"};
    Position p = positionFrom(*pos);
    CompletionInput in{doc.text,
                       doc.text.offsetOf(p, enc_),
                       doc.analysis,
                       doc.lastGood,
                       [&](std::string text) { return analyse(doc, std::move(text)); },
                       p,
                       enc_};
    return completionAt(in);
  }

  json symbols(const json& params) {
    Document& doc = documentOf(params);
    auto a = doc.analysis->file || !doc.lastGood ? doc.analysis : doc.lastGood;
    return documentSymbols(*a, enc_, hierarchical_, doc.uri);
  }

  MessageReader reader_;
  MessageWriter writer_;
  ServerOptions options_;
  bool initialized_ = false;
  bool shutdownRequested_ = false;
  std::optional<int> exitCode_;
  Encoding enc_ = Encoding::Utf16;
  bool markdown_ = true;
  bool hierarchical_ = false;
  std::map<std::string, Document> docs_;
};

}  // namespace

int serve(int inFd, int outFd, const ServerOptions& options) {
  Server server(inFd, outFd, options);
  return server.run();
}

}  // namespace weft::lsp
